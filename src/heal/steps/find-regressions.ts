// Compares two CI runs check by check: what fails now that did not before, in checks that could see
// everything before (a blocked check only reveals more; DESIGN.md section 6, step 5).
import type { CheckResult } from '../types.ts';
import { failureKey, isBlocked, newFailureKeys } from '../verify/failure-key.ts';

export interface Regression {
  checkId: string;
  keys: string[];
}

/** Regressions of `current` against `previous`, by check id. */
export function findRegressions(previous: Map<string, CheckResult>, current: CheckResult[]): Regression[] {
  const regressions: Regression[] = [];
  for (const result of current) {
    const before = previous.get(result.check.id);
    if (!before || isBlocked(before)) continue;
    const keys = newFailureKeys(before, result);
    if (before.passed && !result.passed && result.failures.length === 0) keys.push(`${result.check.id}|unplaced`);
    if (keys.length > 0) regressions.push({ checkId: result.check.id, keys });
  }
  return regressions;
}

/** True when none of the regression's failures shows in `result`. */
export function regressionGone(regression: Regression, result: CheckResult): boolean {
  const present = new Set(result.failures.map(failureKey));
  if (!result.passed && result.failures.length === 0) present.add(`${result.check.id}|unplaced`);
  return regression.keys.every((key) => !present.has(key));
}
