// Identifies "the same failure" across runs of a check. Line numbers move when a fix adds or removes
// lines, so the key leaves them out: a test by its name, anything else by file, code and message.
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

/** The keys of `after` that `before` did not have. */
export function newFailureKeys(before: CheckResult, after: CheckResult): string[] {
  const known = new Set(before.failures.map(failureKey));
  return [...new Set(after.failures.map(failureKey))].filter((key) => !known.has(key));
}
