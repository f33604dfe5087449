// The bench's LOGIC section (bench/summary.ts), judged on made-up outcomes.
import { describe, expect, it } from 'vitest';
import { GIVE_UP_KIND } from '../../bench/corpus/index.ts';
import { logicTargets, summarize, type CaseOutcome } from '../../bench/summary.ts';

function outcome(name: string, healed: boolean, wallMs: number, extra: Partial<CaseOutcome> = {}): CaseOutcome {
  return {
    name,
    kind: 'relational',
    bugType: 'LOGIC',
    classifiedRight: false,
    healed,
    finalStatus: healed ? 'PASSED' : 'FAILED',
    wallMs,
    checkMs: 1000,
    verifyMs: 0,
    overheadMs: wallMs - 1000,
    reported: ['LOGIC tests/test_a.py:3 (assertion)'],
    unresolved: healed ? [] : ['LOGIC tests/test_a.py:3 assert -- logic-mutation: no edit of up to two mutations made the tests pass: ...'],
    protectedTouched: [],
    ...extra,
  };
}

describe('the LOGIC section of the bench', () => {
  it('passes at 70% healed, a median under 60 s and clean give-ups', () => {
    const outcomes = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => outcome(n, true, 20_000)),
      ...['h', 'i', 'j'].map((n) => outcome(n, false, 90_000)),
      outcome('give-up', false, 150_000, { kind: GIVE_UP_KIND }),
    ];

    const targets = logicTargets(outcomes);

    expect(targets.map((t) => [t.name, t.actual, t.pass])).toEqual([
      ['LOGIC failures reported as LOGIC', '11/11', true],
      ['LOGIC single-edit cases healed', '7/10 (70%)', true],
      ['LOGIC median wall time per case', '20.00 s', true],
      ['LOGIC tests modified', 'none', true],
      ['LOGIC give-up cases given up cleanly', '1/1', true],
    ]);
  });

  it('misses on a touched test, a healed or slow give-up, and too few heals', () => {
    const outcomes = [
      outcome('a', true, 20_000, { protectedTouched: ['tests/test_a.py'] }),
      outcome('b', false, 140_000),
      outcome('healed-give-up', true, 10_000, { kind: GIVE_UP_KIND }),
      outcome('slow-give-up', false, 400_000, { kind: GIVE_UP_KIND }),
    ];

    const targets = logicTargets(outcomes);

    expect(targets.filter((t) => !t.pass).map((t) => [t.name, t.actual])).toEqual([
      ['LOGIC single-edit cases healed', '1/2 (50%)'],
      ['LOGIC median wall time per case', '80.00 s'],
      ['LOGIC tests modified', 'a: tests/test_a.py'],
      ['LOGIC give-up cases given up cleanly', '0/2 (not: healed-give-up, slow-give-up)'],
    ]);
  });

  it('leaves the deterministic targets to the other bug types, and adds nothing without LOGIC cases', () => {
    const lint: CaseOutcome = { ...outcome('lint', true, 3000), bugType: 'LINTING', classifiedRight: true, overheadMs: 500 };

    const summary = summarize([lint, outcome('slow-logic', true, 50_000)], 100, 200);

    expect(summary.targets.find((t) => t.name === 'classification')?.actual).toBe('1/1');
    expect(summary.targets.find((t) => t.name === 'median wall time per case')?.pass).toBe(true);
    expect(logicTargets([lint])).toEqual([]);
  });
});
