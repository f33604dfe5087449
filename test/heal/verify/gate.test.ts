import { describe, expect, it } from 'vitest';
import { failureKey } from '../../../src/heal/verify/failure-key.ts';
import { judgePatch } from '../../../src/heal/verify/gate.ts';
import { makeFailure, makeResult } from './factories.ts';

const target = makeFailure('tests', { test: 'tests/test_app.py::test_add', message: 'assert 1 == 2' });
const other = makeFailure('tests', { test: 'tests/test_app.py::test_sub', message: 'assert 5 == 4', line: 20 });

describe('judgePatch', () => {
  it('keeps a patch when the failure is gone and nothing new appears', () => {
    const before = makeResult('tests', [target, other]);
    const after = makeResult('tests', [other]);

    const verdict = judgePatch(target, before, after);

    expect(verdict).toEqual({ keep: true, reason: '`run tests` no longer reports it', revealed: [] });
  });

  it('keeps a patch that makes the check pass', () => {
    const verdict = judgePatch(target, makeResult('tests', [target]), makeResult('tests', []));

    expect(verdict.keep).toBe(true);
  });

  it('rejects a patch when the check still reports the failure, even on another line', () => {
    const before = makeResult('tests', [target]);
    const after = makeResult('tests', [{ ...target, line: target.line + 3, message: 'assert 0 == 2' }]);

    const verdict = judgePatch(target, before, after);

    expect(verdict).toEqual({ keep: false, reason: '`run tests` still reports it' });
  });

  it('rejects a patch after which an unblocked check reports a new failure', () => {
    const added = makeFailure('tests', { test: 'tests/test_app.py::test_mul', message: 'assert 6 == 5' });
    const before = makeResult('tests', [target, other]);
    const after = makeResult('tests', [other, added]);

    const verdict = judgePatch(target, before, after);

    expect(verdict).toEqual({ keep: false, reason: 'the patch makes `run tests` report 1 new failure(s)' });
  });

  it('rejects a patch when the check times out', () => {
    const before = makeResult('tests', [target]);
    const after = makeResult('tests', [], { timedOut: true, passed: false, exitCode: null });

    const verdict = judgePatch(target, before, after);

    expect(verdict).toEqual({ keep: false, reason: '`run tests` timed out after the patch' });
  });

  it('rejects a patch after which the check fails with nothing placed', () => {
    const verdict = judgePatch(target, makeResult('tests', [target]), makeResult('tests', [], { passed: false, exitCode: 1 }));

    expect(verdict).toEqual({ keep: false, reason: '`run tests` now fails in a way RIFT cannot place' });
  });

  it.each(['SYNTAX', 'INDENTATION', 'IMPORT'] as const)('accepts failures revealed once a %s failure is fixed', (bugType) => {
    const blocker = makeFailure('tests', { bugType, code: 'E999', message: 'cannot parse', file: 'src/app.py' });
    const revealed = makeFailure('tests', { test: 'tests/test_app.py::test_add', message: 'assert 1 == 2' });
    const before = makeResult('tests', [blocker]);
    const after = makeResult('tests', [revealed]);

    const verdict = judgePatch(blocker, before, after);

    expect(verdict).toEqual({ keep: true, reason: '`run tests` no longer reports it; it now sees 1 more', revealed: [failureKey(revealed)] });
  });

  it('accepts revealed failures when the check failed before with nothing placed', () => {
    const blocker = makeFailure('tests', { bugType: 'SYNTAX', code: 'SyntaxError', message: 'invalid syntax' });
    const revealed = makeFailure('tests', { test: 'tests/test_app.py::test_add' });
    const before = makeResult('tests', [], { passed: false, exitCode: 2 });

    const verdict = judgePatch(blocker, before, makeResult('tests', [revealed]));

    expect(verdict.keep).toBe(true);
  });

  it('still rejects a timed-out run of a blocked check', () => {
    const blocker = makeFailure('tests', { bugType: 'SYNTAX', code: 'E999', message: 'cannot parse' });
    const after = makeResult('tests', [], { timedOut: true, passed: false, exitCode: null });

    const verdict = judgePatch(blocker, makeResult('tests', [blocker]), after);

    expect(verdict.keep).toBe(false);
  });
});

describe('judgePatch with one kind of failure on several lines', () => {
  it('keeps a patch that clears one of them, and rejects one that clears none', () => {
    const tab = (line: number) => makeFailure('lint', { bugType: 'INDENTATION', code: 'W191', message: 'indentation contains tabs', line });
    const before = makeResult('lint', [tab(3), tab(7), tab(9)]);

    const fixedOne = judgePatch(tab(3), before, makeResult('lint', [tab(6), tab(8)]));
    const fixedNone = judgePatch(tab(3), before, makeResult('lint', [tab(3), tab(7), tab(9)]));

    expect(fixedOne.keep).toBe(true);
    expect(fixedNone).toEqual({ keep: false, reason: expect.stringContaining('still reports it') });
  });

  it('counts one more of a kind as new', () => {
    const tab = (line: number) => makeFailure('lint', { bugType: 'LINTING', code: 'W291', message: 'trailing whitespace', line });
    const other = makeFailure('lint', { bugType: 'LINTING', code: 'E711', message: "comparison to None should be 'if cond is None:'" });
    const before = makeResult('lint', [tab(1), other]);

    const verdict = judgePatch(other, before, makeResult('lint', [tab(1), tab(2)]));

    expect(verdict.keep).toBe(false);
  });
});
