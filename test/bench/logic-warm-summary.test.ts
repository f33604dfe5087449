// The bench's KB-warm second pass (bench/logic-warm-summary.ts), judged on made-up outcomes.
import { describe, expect, it } from 'vitest';
import { GIVE_UP_KIND } from '../../bench/corpus/index.ts';
import type { KbUse } from '../../bench/kb-use.ts';
import { formatWarm, summarizeWarm } from '../../bench/logic-warm-summary.ts';
import type { CaseOutcome } from '../../bench/summary.ts';

const searched: KbUse = { proposed: 0, replayed: 0, appliedStrategies: ['rule_first'], learnt: { recorded: 1, known: 0, skipped: [] } };
const replayed: KbUse = { proposed: 1, replayed: 1, appliedStrategies: ['kb_lookup'], learnt: null };

function outcome(name: string, healed: boolean, wallMs: number, kb: KbUse, extra: Partial<CaseOutcome> = {}): CaseOutcome {
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
    kb,
    ...extra,
  };
}

const giveUp = (wallMs: number) => outcome('give-up', false, wallMs, { ...searched, appliedStrategies: [] }, { kind: GIVE_UP_KIND });

describe('the KB-warm second pass of the LOGIC section', () => {
  it('passes when the same cases are healed by replays at least 5x faster', () => {
    const cold = [outcome('a', true, 30_000, searched), outcome('b', true, 20_000, searched), outcome('c', false, 90_000, searched), giveUp(130_000)];
    const warm = [outcome('a', true, 5_000, replayed), outcome('b', true, 4_000, replayed), outcome('c', false, 88_000, searched), giveUp(125_000)];

    const summary = summarizeWarm(cold, warm);

    expect(summary.targets.every((t) => t.pass)).toBe(true);
    expect([summary.cases, summary.coldHealed, summary.warmHealed, summary.replays]).toEqual([3, 2, 2, 2]);
    // Over the cases healed cold: medians 25 s -> 4.5 s; per case 6x and 5x.
    expect(summary.medianSpeedUp).toBeCloseTo(25 / 4.5);
    expect(summary.perCaseSpeedUp).toBeCloseTo(5.5);
    // Less the 1 s each run spent in the install, baseline and CI-round commands.
    expect([summary.coldEngineMedianMs, summary.warmEngineMedianMs]).toEqual([24_000, 3_500]);
    expect(summary.rows.map((r) => [r.name, r.giveUp, r.healedBy])).toEqual([
      ['a', false, 'kb_lookup'],
      ['b', false, 'kb_lookup'],
      ['c', false, '-'],
      ['give-up', true, '-'],
    ]);
  });

  it('misses a 4x speed-up even with every case healed by a replay', () => {
    const cold = [outcome('a', true, 20_000, searched), outcome('b', true, 40_000, searched)];
    const warm = [outcome('a', true, 5_000, replayed), outcome('b', true, 10_000, replayed)];

    const summary = summarizeWarm(cold, warm);

    expect(summary.targets.filter((t) => !t.pass).map((t) => t.name)).toEqual(['KB-warm second pass >= 5x faster, same cases healed']);
    expect(summary.targets[0].actual).toBe('4.0x (30.00 s -> 7.50 s), per case 4.0x, healed 2/2 warm vs 2/2 cold');
  });

  it("shows the warm pass's floor in the repository's own commands, the ceiling it sets and the engine's own time", () => {
    const cold = [outcome('a', true, 8_000, searched, { checkMs: 3_000, verifyMs: 1_000 }), outcome('b', true, 10_000, searched, { checkMs: 3_000, verifyMs: 1_000 })];
    const warm = [outcome('a', true, 4_200, replayed, { checkMs: 3_000, verifyMs: 1_000 }), outcome('b', true, 4_400, replayed, { checkMs: 3_200, verifyMs: 1_000 })];

    const summary = summarizeWarm(cold, warm);

    // Medians: cold wall 9 s; warm commands 4.1 s, so at most 9 / 4.1 = 2.2x; own time 5 s cold, 0.2 s warm.
    expect(summary.warmCommandsMedianMs).toBe(4_100);
    expect(summary.ceilingSpeedUp).toBeCloseTo(9_000 / 4_100);
    expect([summary.coldOwnMedianMs, summary.warmOwnMedianMs]).toEqual([5_000, 200]);
    expect(formatWarm(summary)).toContain('median 4.10 s, so no replay could make it more than 2.2x faster');
    expect(formatWarm(summary)).toContain('median 5.00 s cold, 0.20 s warm (25.0x)');
  });

  it('misses when the warm pass heals fewer cases, however fast, and names the lost one', () => {
    const cold = [outcome('a', true, 30_000, searched), outcome('b', true, 30_000, searched), outcome('c', true, 30_000, searched)];
    const warm = [outcome('a', true, 1_000, replayed), outcome('b', true, 1_000, replayed), outcome('c', false, 1_000, replayed)];

    const summary = summarizeWarm(cold, warm);

    expect(summary.lost).toEqual(['c']);
    expect(summary.targets.filter((t) => !t.pass).map((t) => [t.name, t.actual])).toEqual([
      ['KB-warm second pass >= 5x faster, same cases healed', '30.0x (30.00 s -> 1.00 s), per case 30.0x, healed 2/3 warm vs 3/3 cold'],
      ['KB-warm pass heals the same cases', 'lost: c'],
    ]);
  });

  it('shows a case healed by searching again instead of by a replay, and a give-up case that stopped giving up', () => {
    const cold = [outcome('a', true, 30_000, searched), outcome('b', true, 30_000, searched), giveUp(130_000)];
    const warm = [outcome('a', true, 2_000, replayed), outcome('b', true, 3_000, searched), outcome('give-up', true, 3_000, replayed, { kind: GIVE_UP_KIND })];

    const summary = summarizeWarm(cold, warm);

    expect(summary.searchedAgain).toEqual(['b']);
    expect(summary.targets.filter((t) => !t.pass).map((t) => [t.name, t.actual])).toEqual([
      ['KB-warm cases healed by a knowledge-base replay', '1/2 (1 kb_lookup fix(es) kept); searched again: b'],
      ['KB-warm give-up cases given up cleanly', '0/1 (not: give-up)'],
    ]);
    expect(formatWarm(summary)).toContain('MISS  KB-warm cases healed by a knowledge-base replay');
  });

  it('never passes an empty pass', () => {
    const summary = summarizeWarm([outcome('a', false, 90_000, searched)], [outcome('a', false, 90_000, searched)]);

    expect(summary.medianSpeedUp).toBe(0);
    expect(summary.targets.find((t) => t.name.startsWith('KB-warm second pass'))?.pass).toBe(false);
  });
});
