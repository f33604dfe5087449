// The hooks' JSON lines -> per-test lines of code under test: coverage slices mapped to source
// lines (through source maps for compiled files), each slice credited to every test open then.
import { sameTest } from './test-ids.ts';
import type { TestTrace } from './traced-run.ts';
import { executedLines, type FlatRanges } from './v8-lines.ts';
import { mapToSource, sourceMapPath } from './v8-source-map.ts';

type Record_ = { k: 'cov'; open: string[]; files: Record<string, FlatRanges> } | { k: 'end'; id: string; passed: boolean | null };

export interface V8Tests {
  tests: TestTrace[];
  /** Files whose offsets are not the file's own (TypeScript run through a loader, no source map). */
  unmappable: string[];
}

/** Reads the report; `read` gives a repository file's text; `failedIds` decide tests the hooks could not judge. */
export async function testsFromV8Report(root: string, report: string, read: (file: string) => Promise<string | null>, failedIds: string[]): Promise<V8Tests> {
  const lines = new Map<string, Map<string, Set<number>>>();
  const outcome = new Map<string, boolean | null>();
  const unmappable = new Set<string>();
  const toSource = sourceLines(root, read, unmappable);
  for (const record of parseRecords(report)) {
    if (record.k === 'end') {
      outcome.set(record.id, record.passed);
      continue;
    }
    for (const [file, ranges] of Object.entries(record.files)) {
      for (const at of await toSource(file, ranges)) {
        for (const id of record.open) {
          const byFile = lines.get(id) ?? new Map<string, Set<number>>();
          lines.set(id, byFile);
          const set = byFile.get(at.file) ?? new Set<number>();
          byFile.set(at.file, set);
          set.add(at.line);
        }
      }
    }
  }
  const tests: TestTrace[] = [];
  for (const [id, passed] of outcome) {
    const failed = passed === null ? failedIds.some((f) => sameTest(id, f)) : !passed;
    const byFile = lines.get(id) ?? new Map<string, Set<number>>();
    const asRecord = Object.fromEntries([...byFile].map(([file, set]) => [file, [...set].sort((a, b) => a - b)]));
    tests.push({ id, outcome: failed ? 'failed' : 'passed', lines: asRecord });
  }
  return { tests, unmappable: [...unmappable] };
}

// Slice ranges of one file -> source lines, with each file's text and source map read once.
function sourceLines(root: string, read: (file: string) => Promise<string | null>, unmappable: Set<string>) {
  const texts = new Map<string, Promise<string | null>>();
  const readOnce = (file: string): Promise<string | null> => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file)!;
  };
  return async (file: string, ranges: FlatRanges): Promise<Array<{ file: string; line: number }>> => {
    const source = await readOnce(file);
    if (source === null) return [];
    const ran = executedLines(source, ranges);
    const mapFile = /\.[cm]?js$/.test(file) ? sourceMapPath(file, source) : null;
    const mapText = mapFile ? await readOnce(mapFile) : null;
    if (mapFile && mapText) return mapToSource(root, mapFile, mapText, source, ran);
    if (/\.[cm]?tsx?$/.test(file)) {
      unmappable.add(file);
      return [];
    }
    return ran.map((line) => ({ file, line }));
  };
}

// The report's records, each line on its own so one cut short by a killed process costs only itself.
function parseRecords(report: string): Record_[] {
  const records: Record_[] = [];
  for (const line of report.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as Record_;
      if (value.k === 'cov' && Array.isArray(value.open) && typeof value.files === 'object') records.push(value);
      if (value.k === 'end' && typeof value.id === 'string') records.push(value);
    } catch {
      // A line cut short by a killed process: the others still count.
    }
  }
  return records;
}
