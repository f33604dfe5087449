import { describe, expect, it } from 'vitest';
import { findRegressions, regressionGone } from '../../../src/heal/steps/find-regressions.ts';
import type { CheckResult } from '../../../src/heal/types.ts';
import { failureKey } from '../../../src/heal/verify/failure-key.ts';
import { makeFailure, makeResult } from '../verify/factories.ts';

function byId(...results: CheckResult[]): Map<string, CheckResult> {
  return new Map(results.map((r) => [r.check.id, r]));
}

describe('findRegressions', () => {
  it('reports a new failure in a check that could see everything before', () => {
    const broke = makeFailure('tests', { test: 'tests/test_a.py::test_x' });

    const regressions = findRegressions(byId(makeResult('tests', [])), [makeResult('tests', [broke])]);

    expect(regressions).toEqual([{ checkId: 'tests', keys: [failureKey(broke)] }]);
  });

  it('reports a passing check that now fails with nothing placed', () => {
    const regressions = findRegressions(byId(makeResult('tests', [])), [makeResult('tests', [], { passed: false, exitCode: 1 })]);

    expect(regressions).toEqual([{ checkId: 'tests', keys: ['tests|unplaced'] }]);
  });

  it('ignores what a blocked check reveals', () => {
    const before = makeResult('tests', [makeFailure('tests', { bugType: 'IMPORT', message: 'No module named x' })]);
    const after = makeResult('tests', [makeFailure('tests', { test: 'tests/test_a.py::test_x' })]);

    const regressions = findRegressions(byId(before), [after]);

    expect(regressions).toEqual([]);
  });

  it('ignores failures that only moved, and checks it never saw', () => {
    const lint = makeFailure('lint', { code: 'F401', message: 'unused', line: 3 });
    const current = [makeResult('lint', [{ ...lint, line: 30 }]), makeResult('new-check', [makeFailure('new-check')])];

    const regressions = findRegressions(byId(makeResult('lint', [lint])), current);

    expect(regressions).toEqual([]);
  });

  it('reports each regressed check separately', () => {
    const a = makeFailure('a', { message: 'a broke' });
    const b = makeFailure('b', { message: 'b broke' });

    const regressions = findRegressions(byId(makeResult('a', []), makeResult('b', []), makeResult('c', [])), [
      makeResult('a', [a]),
      makeResult('b', [b]),
      makeResult('c', []),
    ]);

    expect(regressions).toEqual([
      { checkId: 'a', keys: [failureKey(a)] },
      { checkId: 'b', keys: [failureKey(b)] },
    ]);
  });
});

describe('regressionGone', () => {
  const broke = makeFailure('tests', { test: 'tests/test_a.py::test_x' });
  const regression = { checkId: 'tests', keys: [failureKey(broke)] };

  it('is true when none of the regression shows any more', () => {
    expect(regressionGone(regression, makeResult('tests', []))).toBe(true);
  });

  it('is false while one of its failures shows, on any line', () => {
    expect(regressionGone(regression, makeResult('tests', [{ ...broke, line: 99 }]))).toBe(false);
  });

  it('tracks an unplaced regression by the check failing with nothing placed', () => {
    const unplaced = { checkId: 'tests', keys: ['tests|unplaced'] };

    expect(regressionGone(unplaced, makeResult('tests', [], { passed: false, exitCode: 1 }))).toBe(false);
    expect(regressionGone(unplaced, makeResult('tests', []))).toBe(true);
  });
});
