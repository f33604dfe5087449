// Pure figures of one benchmark run, from its execution trace: the baseline failures (what the engine
// classified before changing anything) and the time spent inside the repository's own commands.
import type { Failure } from '../src/heal/types.ts';
import type { SeededBug } from './corpus/index.ts';

/** The part of an execution_traces row the bench reads. */
export interface TraceRow {
  agent_node: string;
  action_type: string;
  payload: unknown;
}

/** Stages that come before the engine plans its first fix. */
const BEFORE_PLAN = new Set(['workspace', 'detect', 'install', 'run_checks']);

/** How far the reported line may be from the seeded one and still count as right. */
export const LINE_TOLERANCE = 2;

/** Failures the baseline reported: the run_check rows before the first step of any later stage. */
export function baselineFailures(traces: TraceRow[]): Failure[] {
  const failures: Failure[] = [];
  for (const trace of traces) {
    if (!BEFORE_PLAN.has(trace.agent_node)) break;
    if (trace.action_type !== 'run_check') continue;
    const payload = trace.payload as { failures?: Failure[] } | null;
    failures.push(...(payload?.failures ?? []));
  }
  return failures;
}

/**
 * True when some failure names the seeded bug's type and file, at a line within LINE_TOLERANCE. A
 * LOGIC failure is reported where a test's assertion fails, not where the bug is (finding that is
 * fault localisation's job, judged by the fix that heals the case), so its type alone is judged.
 */
export function isClassifiedRight(failures: Failure[], bug: SeededBug): boolean {
  if (bug.bugType === 'LOGIC') return failures.some((f) => f.bugType === 'LOGIC');
  return failures.some((f) => f.bugType === bug.bugType && f.file === bug.file && Math.abs(f.line - bug.line) <= LINE_TOLERANCE);
}

/** Milliseconds spent inside the repository's own commands (checks and installs) over the whole run. */
export function checkTimeMs(traces: TraceRow[]): number {
  let total = 0;
  for (const trace of traces) {
    if (trace.action_type !== 'run_check' && trace.action_type !== 'install_dependencies') continue;
    const ms = (trace.payload as { durationMs?: unknown } | null)?.durationMs;
    if (typeof ms === 'number') total += ms;
  }
  return total;
}

/**
 * Milliseconds the verification gate spent running the targeted check on patches (the repository's
 * own command too, timed in its verify step; a fixer's own trial runs are part of its search).
 */
export function verifyTimeMs(traces: TraceRow[]): number {
  let total = 0;
  for (const trace of traces) {
    if (trace.agent_node !== 'verify' || (trace.action_type !== 'patch_verified' && trace.action_type !== 'patch_rejected')) continue;
    const ms = (trace.payload as { durationMs?: unknown } | null)?.durationMs;
    if (typeof ms === 'number') total += ms;
  }
  return total;
}

/** Median of a list (mean of the middle two for an even count); 0 for an empty list. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
