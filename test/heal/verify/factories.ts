// Plain-data builders for checks, failures and results, shared by the verify, check-board and steps tests.
import type { Check, CheckResult, Failure } from '../../../src/heal/types.ts';

/** A check with this id; the rest is a plausible pytest check. */
export function makeCheck(id: string, overrides: Partial<Check> = {}): Check {
  return { id, command: `run ${id}`, cwd: '.', kind: 'test', tool: 'pytest', language: 'python', source: 'convention', ...overrides };
}

/** A failure reported by `check`. */
export function makeFailure(check: string, overrides: Partial<Failure> = {}): Failure {
  return { file: 'src/app.py', line: 10, bugType: 'LOGIC', message: 'assert 1 == 2', code: 'AssertionError', tool: 'pytest', check, ...overrides };
}

/** The result of running `check` once; it passed exactly when it has no failures, unless told otherwise. */
export function makeResult(check: string, failures: Failure[], overrides: Partial<CheckResult> = {}): CheckResult {
  const passed = overrides.passed ?? failures.length === 0;
  return {
    check: makeCheck(check),
    exitCode: passed ? 0 : 1,
    timedOut: false,
    output: '',
    durationMs: 100,
    failures,
    passed,
    ...overrides,
  };
}
