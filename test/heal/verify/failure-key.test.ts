import { describe, expect, it } from 'vitest';
import { failureKey, isBlocked, newFailureKeys } from '../../../src/heal/verify/failure-key.ts';
import { makeFailure, makeResult } from './factories.ts';

describe('failureKey', () => {
  it('ignores the line and column', () => {
    const a = makeFailure('lint', { line: 3, column: 1, code: 'F401', message: "'os' imported but unused" });
    const b = makeFailure('lint', { line: 9, column: 5, code: 'F401', message: "'os' imported but unused" });

    expect(failureKey(a)).toBe(failureKey(b));
  });

  it('identifies a test by its name, whatever the message', () => {
    const a = makeFailure('tests', { test: 'tests/test_app.py::test_add', message: 'assert 1 == 2' });
    const b = makeFailure('tests', { test: 'tests/test_app.py::test_add', message: 'assert 3 == 2' });

    expect(failureKey(a)).toBe(failureKey(b));
  });

  it('tells apart different checks, files, codes and messages', () => {
    const base = makeFailure('lint', { code: 'F401', message: 'm' });

    const keys = new Set([
      failureKey(base),
      failureKey({ ...base, check: 'other' }),
      failureKey({ ...base, file: 'src/other.py' }),
      failureKey({ ...base, code: 'E302' }),
      failureKey({ ...base, message: 'n' }),
    ]);

    expect(keys.size).toBe(5);
  });
});

describe('isBlocked', () => {
  it.each(['SYNTAX', 'INDENTATION', 'IMPORT'] as const)('is true when the check reported a %s failure', (bugType) => {
    const result = makeResult('tests', [makeFailure('tests', { bugType: 'LOGIC' }), makeFailure('tests', { bugType })]);

    expect(isBlocked(result)).toBe(true);
  });

  it('is true for a failing check with no placed failure', () => {
    const result = makeResult('tests', [], { passed: false, exitCode: 2 });

    expect(isBlocked(result)).toBe(true);
  });

  it('is false for LOGIC, LINTING, TYPE_ERROR and unclassified failures', () => {
    const result = makeResult('tests', [
      makeFailure('tests', { bugType: 'LOGIC' }),
      makeFailure('tests', { bugType: 'LINTING' }),
      makeFailure('tests', { bugType: 'TYPE_ERROR' }),
      makeFailure('tests', { bugType: null }),
    ]);

    expect(isBlocked(result)).toBe(false);
  });

  it('is false for a passing check', () => {
    expect(isBlocked(makeResult('tests', []))).toBe(false);
  });
});

describe('newFailureKeys', () => {
  it('lists only failures that were not there before, ignoring moved lines', () => {
    const kept = makeFailure('lint', { code: 'F401', message: 'unused', line: 5 });
    const added = makeFailure('lint', { code: 'E225', message: 'missing whitespace', line: 7 });
    const before = makeResult('lint', [kept]);
    const after = makeResult('lint', [{ ...kept, line: 4 }, added]);

    const keys = newFailureKeys(before, after);

    expect(keys).toEqual([failureKey(added)]);
  });

  it('lists a repeated new failure once', () => {
    const added = makeFailure('lint', { code: 'E225', message: 'missing whitespace' });

    const keys = newFailureKeys(makeResult('lint', []), makeResult('lint', [added, { ...added, line: 99 }]));

    expect(keys).toEqual([failureKey(added)]);
  });
});
