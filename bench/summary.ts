// Turns per-case outcomes into the bench's figures: one row per bug type, totals, and the targets.
import { DEFAULT_MUTATION_BUDGET } from '../src/heal/fix/logic/logic-mutation-fixer.ts';
import type { BugType } from '../src/heal/types.ts';
import { GIVE_UP_KIND } from './corpus/index.ts';
import type { KbUse } from './kb-use.ts';
import { median } from './measure.ts';

export interface CaseOutcome {
  name: string;
  kind: string;
  bugType: BugType;
  classifiedRight: boolean;
  healed: boolean;
  finalStatus: string;
  wallMs: number;
  /** Inside the repository's checks and installs (run_check and install steps). */
  checkMs: number;
  /** Inside the verification gate's runs of the targeted check (verify steps); apart from checkMs. */
  verifyMs: number;
  /** wallMs less checkMs. */
  overheadMs: number;
  /** The baseline failures, as "TYPE file:line", for the report when a classification is wrong. */
  reported: string[];
  /** results.json's unresolved failures and failure reason, when the case was not healed. */
  unresolved: string[];
  /** Tests, CI configuration or lockfiles the fix branch changed: must stay empty. */
  protectedTouched: string[];
  /** What the knowledge base learnt and replayed in this run; absent when the run ended before its results. */
  kb?: KbUse;
  /** USD the run spent on models (the --llm section). */
  llmCostUsd?: number;
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

/**
 * Rows per bug type (in first-seen order), totals, and each target judged. The deterministic
 * fixers' targets are judged on the non-LOGIC cases (a LOGIC failure is reported where the test's
 * assertion stands, and its search runs for seconds by design); LOGIC has its own section.
 */
export function summarize(outcomes: CaseOutcome[], peakRssBytes: number, maxRssBytes: number): BenchSummary {
  const types = [...new Set(outcomes.map((o) => o.bugType))];
  const rows = types.map((t) => groupRow(t, outcomes.filter((o) => o.bugType === t)));
  const total = groupRow('TOTAL', outcomes);
  const deterministic = groupRow('non-LOGIC', outcomes.filter((o) => o.bugType !== 'LOGIC'));
  const rss = Math.max(peakRssBytes, maxRssBytes);
  const targets: Target[] = [
    {
      name: 'classification',
      goal: 'every seeded bug: type and file exact, line within 2',
      actual: `${deterministic.classifiedRight}/${deterministic.cases}`,
      pass: deterministic.cases > 0 && deterministic.classifiedRight === deterministic.cases,
    },
    {
      name: 'median overhead',
      goal: `< ${OVERHEAD_TARGET_MS / 1000} s`,
      actual: `${(deterministic.medianOverheadMs / 1000).toFixed(2)} s`,
      pass: deterministic.medianOverheadMs < OVERHEAD_TARGET_MS,
    },
    { name: 'peak RSS', goal: `< ${RSS_TARGET_BYTES / 1024 / 1024} MB`, actual: `${mb(rss)} MB`, pass: rss < RSS_TARGET_BYTES },
    ...healingTargets(outcomes, deterministic),
    ...logicTargets(outcomes),
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

export function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

/** The deterministic fixers' targets: every non-LOGIC case healed, nothing protected touched, fast. */
function healingTargets(outcomes: CaseOutcome[], row: GroupRow): Target[] {
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
      actual: `${(row.medianWallMs / 1000).toFixed(2)} s`,
      pass: row.medianWallMs < MEDIAN_WALL_TARGET_MS,
    },
  ];
}

/** LOGIC repair's issue: at least this share of the single-edit bugs healed... */
export const LOGIC_HEALED_SHARE = 0.7;
/** ...in under this much wall time per case (median)... */
export const LOGIC_MEDIAN_WALL_MS = 60_000;
/** ...and a give-up case ends within the search's budget plus the run around it. */
export const GIVE_UP_SLACK_MS = 60_000;

/** Longest a give-up case may take: the search's budget plus the run around it. */
export const GIVE_UP_LIMIT_MS = DEFAULT_MUTATION_BUDGET.timeMs + GIVE_UP_SLACK_MS;

/** A give-up case ended as it must: FAILED, not crashed, in time, with the search's own reason. */
export function givenUpCleanly(o: CaseOutcome): boolean {
  return !o.healed && !o.error && o.finalStatus === 'FAILED' && o.wallMs <= GIVE_UP_LIMIT_MS && o.unresolved.some((u) => u.includes('logic-mutation:'));
}

/** The LOGIC section; none when the corpus holds no LOGIC case. */
export function logicTargets(outcomes: CaseOutcome[]): Target[] {
  const logic = outcomes.filter((o) => o.bugType === 'LOGIC');
  if (logic.length === 0) return [];
  const single = logic.filter((o) => o.kind !== GIVE_UP_KIND);
  const giveUp = logic.filter((o) => o.kind === GIVE_UP_KIND);
  const healed = single.filter((o) => o.healed).length;
  const wall = median(single.map((o) => o.wallMs));
  const touched = logic.flatMap((o) => o.protectedTouched.map((file) => `${o.name}: ${file}`));
  const reported = logic.filter((o) => o.reported.some((r) => r.startsWith('LOGIC '))).length;
  const limitMs = GIVE_UP_LIMIT_MS;
  const unclean = giveUp.filter((o) => !givenUpCleanly(o));
  return [
    { name: 'LOGIC failures reported as LOGIC', goal: 'every LOGIC case', actual: `${reported}/${logic.length}`, pass: reported === logic.length },
    {
      name: 'LOGIC single-edit cases healed',
      goal: `>= ${LOGIC_HEALED_SHARE * 100}%, every test passing`,
      actual: `${healed}/${single.length} (${single.length ? Math.round((100 * healed) / single.length) : 0}%)`,
      pass: single.length > 0 && healed / single.length >= LOGIC_HEALED_SHARE,
    },
    { name: 'LOGIC median wall time per case', goal: `< ${LOGIC_MEDIAN_WALL_MS / 1000} s`, actual: secs(wall), pass: single.length > 0 && wall < LOGIC_MEDIAN_WALL_MS },
    { name: 'LOGIC tests modified', goal: 'none', actual: touched.length ? touched.join(', ') : 'none', pass: touched.length === 0 },
    {
      name: 'LOGIC give-up cases given up cleanly',
      goal: `FAILED with the search's reason, in < ${secs(limitMs)}`,
      actual: `${giveUp.length - unclean.length}/${giveUp.length}${unclean.length ? ` (not: ${unclean.map((o) => o.name).join(', ')})` : ''}`,
      pass: unclean.length === 0,
    },
  ];
}
