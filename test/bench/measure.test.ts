import { describe, expect, it } from 'vitest';
import { baselineFailures, checkTimeMs, isClassifiedRight, median, verifyTimeMs, type TraceRow } from '../../bench/measure.ts';
import { summarize, type CaseOutcome } from '../../bench/summary.ts';
import type { Failure } from '../../src/heal/types.ts';

const failure = (over: Partial<Failure>): Failure => ({ file: 'src/a.py', line: 4, bugType: 'SYNTAX', message: 'x', tool: 'flake8', check: 'c', ...over });

describe('baselineFailures', () => {
  it('takes run_check failures only until the engine starts planning', () => {
    const traces: TraceRow[] = [
      { agent_node: 'detect', action_type: 'detect_checks', payload: {} },
      { agent_node: 'run_checks', action_type: 'run_check', payload: { failures: [failure({ line: 1 })] } },
      { agent_node: 'plan', action_type: 'choose_strategy', payload: {} },
      { agent_node: 'run_checks', action_type: 'run_check', payload: { failures: [failure({ line: 9 })] } },
    ];

    const failures = baselineFailures(traces);

    expect(failures.map((f) => f.line)).toEqual([1]);
  });
});

describe('isClassifiedRight', () => {
  it('needs the same type and file, and a line within 2', () => {
    const bug = { bugType: 'SYNTAX' as const, file: 'src/a.py', line: 4 };

    expect(isClassifiedRight([failure({ line: 6 })], bug)).toBe(true);
    expect(isClassifiedRight([failure({ line: 7 })], bug)).toBe(false);
    expect(isClassifiedRight([failure({ bugType: 'LINTING' })], bug)).toBe(false);
    expect(isClassifiedRight([failure({ file: 'src/b.py' })], bug)).toBe(false);
  });

  it('judges a LOGIC bug by its type alone: the failure stands at the test that caught it', () => {
    const bug = { bugType: 'LOGIC' as const, file: 'src/search.py', line: 3 };

    expect(isClassifiedRight([failure({ bugType: 'LOGIC', file: 'tests/test_search.py', line: 6 })], bug)).toBe(true);
    expect(isClassifiedRight([failure({ bugType: 'TYPE_ERROR', file: 'src/search.py', line: 3 })], bug)).toBe(false);
  });
});

describe('checkTimeMs and median', () => {
  it('sums the durations of checks and installs only', () => {
    const traces: TraceRow[] = [
      { agent_node: 'install', action_type: 'install_dependencies', payload: { durationMs: 100 } },
      { agent_node: 'run_checks', action_type: 'run_check', payload: { durationMs: 250 } },
      { agent_node: 'ci', action_type: 'ci_run', payload: { durationMs: 999 } },
    ];

    expect(checkTimeMs(traces)).toBe(350);
  });

  it("sums the verification gate's runs apart, kept and undone patches alike", () => {
    const traces: TraceRow[] = [
      { agent_node: 'run_checks', action_type: 'run_check', payload: { durationMs: 250 } },
      { agent_node: 'fix', action_type: 'propose_patch', payload: { durationMs: 5000 } },
      { agent_node: 'verify', action_type: 'patch_rejected', payload: { durationMs: 300 } },
      { agent_node: 'verify', action_type: 'reject_patch', payload: {} },
      { agent_node: 'verify', action_type: 'patch_verified', payload: { durationMs: 400 } },
    ];

    expect(verifyTimeMs(traces)).toBe(700);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('summarize', () => {
  it('groups by bug type and misses the classification target on one wrong case', () => {
    const outcome = (bugType: 'SYNTAX' | 'LINTING', classifiedRight: boolean, wallMs: number): CaseOutcome => ({
      name: 'n', kind: 'k', bugType, classifiedRight, healed: true, finalStatus: 'PASSED', wallMs, checkMs: wallMs - 500, verifyMs: 0, overheadMs: 500, reported: [], unresolved: [], protectedTouched: [],
    });

    const summary = summarize([outcome('SYNTAX', true, 3000), outcome('SYNTAX', false, 5000), outcome('LINTING', true, 1000)], 100, 200);

    expect(summary.rows.map((r) => [r.group, r.cases, r.classifiedRight, r.worstWallMs])).toEqual([['SYNTAX', 2, 1, 5000], ['LINTING', 1, 1, 1000]]);
    expect(summary.targets.map((t) => t.pass)).toEqual([false, true, true, true, true, true]);
  });

  it('misses the healing targets on an unhealed case, a touched test and a slow median', () => {
    const base: CaseOutcome = {
      name: 'slow', kind: 'k', bugType: 'IMPORT', classifiedRight: true, healed: false, finalStatus: 'FAILED', wallMs: 20_000,
      checkMs: 19_000, verifyMs: 0, overheadMs: 1000, reported: [], unresolved: [], protectedTouched: ['tests/test_a.py'],
    };

    const summary = summarize([base], 100, 200);

    expect(summary.targets.slice(3).map((t) => [t.name, t.actual, t.pass])).toEqual([
      ['non-LOGIC cases healed', '0/1', false],
      ['test, CI or lock files touched', 'slow: tests/test_a.py', false],
      ['median wall time per case', '20.00 s', false],
    ]);
  });
});
