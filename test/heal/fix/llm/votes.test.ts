import { describe, expect, it } from 'vitest';
import type { Trial } from '../../../../src/heal/fix/llm/candidate.ts';
import { agreement, tally, type Sample } from '../../../../src/heal/fix/llm/votes.ts';
import type { Check, CheckResult, Failure } from '../../../../src/heal/types.ts';

const CHECK: Check = { id: 'ci:pytest', command: 'python -m pytest -q', cwd: '.', kind: 'test', tool: 'pytest', language: 'python', source: 'workflow' };
const BEFORE = 'def f(x):\n    return x - 1\n';
const FAILING: Failure = { file: 'tests/test_f.py', line: 4, bugType: 'LOGIC', message: 'assert 1 == 3', tool: 'pytest', check: CHECK.id, test: 'tests/test_f.py::test_f' };

function ran(after: string, failures: Failure[]): Trial {
  const result: CheckResult = { check: CHECK, exitCode: failures.length ? 1 : 0, timedOut: false, output: '', durationMs: 1, failures, passed: failures.length === 0 };
  return { stage: 'run', edits: [{ file: 'src/f.py', before: BEFORE, after }], description: null, judgement: failures.length ? 'fail' : 'pass', after: result, reason: '' };
}

describe('tally', () => {
  it('lets the smaller of two equally large passing groups win, and counts unparsed answers out', () => {
    const small = ran('def f(x):\n    return x + 1\n', []);
    const big = ran('def f(x):\n    y = x\n    return y + 1\n', []);
    const samples: Sample[] = [
      { model: 'a', trial: big },
      { model: 'b', trial: small },
      { model: 'a', trial: { stage: 'parse', reason: 'the answer holds no SEARCH/REPLACE block' } },
      { model: 'b', trial: null, error: 'timed out' },
    ];

    const { winner, votes } = tally(samples);

    expect(winner?.trial).toBe(small);
    expect(votes).toEqual({
      candidates: 4,
      parsed: 2,
      groups: [
        { size: 1, passes: true, models: ['b'] },
        { size: 1, passes: true, models: ['a'] },
      ],
      winner: 0,
      rejected: [
        { model: 'a', reason: 'the answer holds no SEARCH/REPLACE block' },
        { model: 'b', reason: 'timed out' },
      ],
    });
    expect(agreement(winner!, votes.parsed)).toBe(0.5);
  });

  it('never lets a larger failing group win over a passing one, and has no winner when none passes', () => {
    const wrong = ran('def f(x):\n    return x * 1\n', [FAILING]);
    const right = ran('def f(x):\n    return x + 1\n', []);

    const mixed = tally([{ model: 'a', trial: wrong }, { model: 'b', trial: wrong }, { model: 'a', trial: right }]);
    const none = tally([{ model: 'a', trial: wrong }]);

    expect(mixed.winner?.trial).toBe(right);
    expect(mixed.votes.groups.map((g) => [g.size, g.passes])).toEqual([[1, true], [2, false]]);
    expect(agreement(mixed.winner!, mixed.votes.parsed)).toBe(0.33);
    expect(none.winner).toBeNull();
    expect(none.votes.winner).toBeNull();
  });
});
