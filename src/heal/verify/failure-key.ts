// Identifies "the same failure" across runs of a check. Line numbers move when a fix adds or removes
// lines, so the key leaves them out: a test by its name, anything else by file, code and message.
// One key may stand for several failures (W191 on ten lines), so runs are compared by counts.
import type { CheckResult, Failure } from '../types.ts';

/** A line-independent identity for a failure within its check. */
export function failureKey(failure: Failure): string {
  if (failure.test) return `${failure.check}|test|${failure.file}|${failure.test}`;
  return `${failure.check}|${failure.file}|${failure.code ?? ''}|${failure.message}`;
}

/**
 * A check is blocked when a failure stops the tool from seeing the rest (a file that does not
 * parse or a module that does not import): whatever it reports after that is revealed, not caused.
 */
export function isBlocked(result: CheckResult): boolean {
  if (!result.passed && result.failures.length === 0) return true;
  return result.failures.some((f) => f.bugType === 'SYNTAX' || f.bugType === 'INDENTATION' || f.bugType === 'IMPORT');
}

/** How many failures of each key a result holds. */
export function countKeys(result: CheckResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const failure of result.failures) counts.set(failureKey(failure), (counts.get(failureKey(failure)) ?? 0) + 1);
  return counts;
}

/** The keys `after` reports more often than `before` did (a new failure, or one more of a kind). */
export function newFailureKeys(before: CheckResult, after: CheckResult): string[] {
  const known = countKeys(before);
  return [...countKeys(after)].filter(([key, count]) => count > (known.get(key) ?? 0)).map(([key]) => key);
}
