// Turns per-case outcomes into the bench's figures: one row per bug type, totals, and the targets.
import type { BugType } from '../src/heal/types.ts';
import { median } from './measure.ts';

export interface CaseOutcome {
  name: string;
  kind: string;
  bugType: BugType;
  classifiedRight: boolean;
  healed: boolean;
  finalStatus: string;
  wallMs: number;
  checkMs: number;
  overheadMs: number;
  /** The baseline failures, as "TYPE file:line", for the report when a classification is wrong. */
  reported: string[];
  /** results.json's unresolved failures and failure reason, when the case was not healed. */
  unresolved: string[];
  /** Tests, CI configuration or lockfiles the fix branch changed: must stay empty. */
  protectedTouched: string[];
  error?: string;
}

export interface GroupRow {
  group: string;
  cases: number;
  classifiedRight: number;
  healed: number;
  medianWallMs: number;
  worstWallMs: number;
  medianOverheadMs: number;
}

export interface Target {
  name: string;
  goal: string;
  actual: string;
  pass: boolean;
}

export interface BenchSummary {
  rows: GroupRow[];
  total: GroupRow;
  peakRssBytes: number;
  maxRssBytes: number;
  targets: Target[];
}

export const OVERHEAD_TARGET_MS = 2000;
export const RSS_TARGET_BYTES = 400 * 1024 * 1024;

/** One row of figures over a group of outcomes. */
export function groupRow(group: string, outcomes: CaseOutcome[]): GroupRow {
  const walls = outcomes.map((o) => o.wallMs);
  return {
    group,
    cases: outcomes.length,
    classifiedRight: outcomes.filter((o) => o.classifiedRight).length,
    healed: outcomes.filter((o) => o.healed).length,
    medianWallMs: median(walls),
    worstWallMs: walls.length ? Math.max(...walls) : 0,
    medianOverheadMs: median(outcomes.map((o) => o.overheadMs)),
  };
}

/** The deterministic fixers' issue: a single-bug repository healed in under 15 s (median). */
const MEDIAN_WALL_TARGET_MS = 15_000;

/** Rows per bug type (in first-seen order), totals, and each target judged. */
export function summarize(outcomes: CaseOutcome[], peakRssBytes: number, maxRssBytes: number): BenchSummary {
  const types = [...new Set(outcomes.map((o) => o.bugType))];
  const rows = types.map((t) => groupRow(t, outcomes.filter((o) => o.bugType === t)));
  const total = groupRow('TOTAL', outcomes);
  const rss = Math.max(peakRssBytes, maxRssBytes);
  const targets: Target[] = [
    {
      name: 'classification',
      goal: 'every seeded bug: type and file exact, line within 2',
      actual: `${total.classifiedRight}/${total.cases}`,
      pass: total.cases > 0 && total.classifiedRight === total.cases,
    },
    {
      name: 'median overhead',
      goal: `< ${OVERHEAD_TARGET_MS / 1000} s`,
      actual: `${(total.medianOverheadMs / 1000).toFixed(2)} s`,
      pass: total.medianOverheadMs < OVERHEAD_TARGET_MS,
    },
    { name: 'peak RSS', goal: `< ${RSS_TARGET_BYTES / 1024 / 1024} MB`, actual: `${mb(rss)} MB`, pass: rss < RSS_TARGET_BYTES },
    ...healingTargets(outcomes, total),
  ];
  return { rows, total, peakRssBytes, maxRssBytes, targets };
}

/** The printed report: the table, then the targets with PASS / MISS. */
export function formatSummary(summary: BenchSummary): string {
  const header = ['bug type', 'cases', 'classified', 'healed', 'median wall', 'worst wall', 'median overhead'];
  const body = [...summary.rows, summary.total].map((r) => [
    r.group,
    String(r.cases),
    `${r.classifiedRight}/${r.cases}`,
    `${r.healed}/${r.cases}`,
    secs(r.medianWallMs),
    secs(r.worstWallMs),
    secs(r.medianOverheadMs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const table = [line(header), rule, ...body.slice(0, -1).map(line), rule, line(body[body.length - 1])];
  const memory = `peak RSS ${mb(summary.peakRssBytes)} MB (sampled every 50 ms), maxRSS ${mb(summary.maxRssBytes)} MB (resourceUsage)`;
  const targets = summary.targets.map((t) => `${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.actual} (target ${t.goal})`);
  return [...table, '', memory, '', ...targets].join('\n');
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

/** The deterministic fixers' targets: every non-LOGIC case healed, nothing protected touched, fast. */
function healingTargets(outcomes: CaseOutcome[], total: GroupRow): Target[] {
  const deterministic = outcomes.filter((o) => o.bugType !== 'LOGIC');
  const healed = deterministic.filter((o) => o.healed).length;
  const touched = outcomes.flatMap((o) => o.protectedTouched.map((file) => `${o.name}: ${file}`));
  return [
    {
      name: 'non-LOGIC cases healed',
      goal: 'all, every check green',
      actual: `${healed}/${deterministic.length}`,
      pass: healed === deterministic.length,
    },
    { name: 'test, CI or lock files touched', goal: 'none', actual: touched.length ? touched.join(', ') : 'none', pass: touched.length === 0 },
    {
      name: 'median wall time per case',
      goal: `< ${MEDIAN_WALL_TARGET_MS / 1000} s`,
      actual: `${(total.medianWallMs / 1000).toFixed(2)} s`,
      pass: total.medianWallMs < MEDIAN_WALL_TARGET_MS,
    },
  ];
}
