// The latest result of every check, and which of them are stale: a check whose last run predates a
// kept fix must run again before its failures are trusted (their lines may have moved, or be fixed).
import type { CheckResult, Failure } from './types.ts';
import { BUG_TYPE_ORDER } from './types.ts';
import { failureKey } from './verify/failure-key.ts';

export interface CheckBoard {
  results: Map<string, CheckResult>;
  stale: Set<string>;
}

/** A board holding these results, none stale. */
export function createBoard(results: CheckResult[]): CheckBoard {
  return { results: new Map(results.map((result) => [result.check.id, result])), stale: new Set() };
}

/** Stores a fresh result of one check. */
export function updateBoard(board: CheckBoard, result: CheckResult): void {
  board.results.set(result.check.id, result);
  board.stale.delete(result.check.id);
}

/** After a kept fix every check is stale but the one that verified it. */
export function markStaleExcept(board: CheckBoard, checkId: string): void {
  for (const id of board.results.keys()) if (id !== checkId) board.stale.add(id);
}

/** Rank of a failure in fix order: the types that hide others first, unclassified last. */
export function fixRank(failure: Failure): number {
  return failure.bugType === null ? BUG_TYPE_ORDER.length : BUG_TYPE_ORDER.indexOf(failure.bugType);
}

/** Identifies one attempt: the failure's kind and its place, since one kind may stand on many lines. */
export function attemptKey(failure: Failure): string {
  return `${failureKey(failure)}@${failure.line}`;
}

/** The next failure to work on, skipping those already attempted; null when none is left. */
export function nextFailure(board: CheckBoard, attempted: Set<string>): Failure | null {
  const open = [...board.results.values()]
    .flatMap((result) => result.failures)
    .filter((failure) => !attempted.has(attemptKey(failure)));
  open.sort((a, b) => fixRank(a) - fixRank(b) || a.file.localeCompare(b.file) || a.line - b.line);
  return open[0] ?? null;
}

/** True when every check passed in its latest run. */
export function allPassed(board: CheckBoard): boolean {
  return [...board.results.values()].every((result) => result.passed);
}

/** The number of failures in these results, placed or not (a failing check with none placed counts one). */
export function countFailures(results: Iterable<CheckResult>): number {
  return [...results].reduce((sum, r) => sum + (r.passed ? 0 : Math.max(1, r.failures.length)), 0);
}

/** The number of failures on the board. */
export function failureCount(board: CheckBoard): number {
  return countFailures(board.results.values());
}
