// Splitting pytest's report into its parts: the FAILURES / ERRORS sections with one block per
// failed test (`____ test_name ____`), the --tb=line entries, and the short test summary.
const BANNER = /^=+ (.+?) =+$/;
const BLOCK_TITLE = /^_{2,} (.+?) _{2,}$/;
const SUMMARY_LINE = /^(FAILED|ERROR) (\S+?)(?: - (.*))?$/;

export interface PytestBlock {
  title: string;
  /** Index of the title line and of the block's last line in the output. */
  start: number;
  end: number;
}

export interface PytestSummaryEntry {
  kind: 'FAILED' | 'ERROR';
  /** `path::Class::test[param]`, or just the path for a collection error. */
  nodeId: string;
  message?: string;
}

export interface PytestReport {
  blocks: PytestBlock[];
  /** --tb=line entries (`/abs/path.py:12: message`), in report order. */
  lineEntries: string[];
  summary: PytestSummaryEntry[];
}

/** The parts of a pytest report; every list is empty when the output is not pytest's. */
export function readPytestReport(lines: readonly string[]): PytestReport {
  const report: PytestReport = { blocks: [], lineEntries: [], summary: [] };
  let section: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const banner = BANNER.exec(line);
    if (banner) {
      closeBlock(report, i - 1);
      section = banner[1];
      continue;
    }
    if (section === 'FAILURES' || section === 'ERRORS') {
      const title = BLOCK_TITLE.exec(line);
      if (title) {
        closeBlock(report, i - 1);
        report.blocks.push({ title: title[1], start: i, end: -1 });
      } else if (openBlock(report) === null && /^\S.*\.py:\d+: /.test(line)) {
        report.lineEntries.push(line);
      }
    } else if (section === 'short test summary info') {
      const m = SUMMARY_LINE.exec(line);
      if (m) report.summary.push({ kind: m[1] as 'FAILED' | 'ERROR', nodeId: m[2], message: m[3]?.trim() });
    }
  }
  closeBlock(report, lines.length - 1);
  return report;
}

function openBlock(report: PytestReport): PytestBlock | null {
  const last = report.blocks[report.blocks.length - 1];
  return last && last.end === -1 ? last : null;
}

function closeBlock(report: PytestReport, end: number): void {
  const open = openBlock(report);
  if (open) open.end = end;
}

/** The name a block title uses for a node id: `path::Class::test` -> `Class.test`. */
export function titleOf(nodeId: string): string {
  return nodeId.split('::').slice(1).join('.');
}
