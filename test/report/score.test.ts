import { describe, expect, it } from 'vitest';
import { computeScore } from '../../src/report/score.ts';

describe('computeScore', () => {
  it('gives the speed bonus just under 300 seconds', () => {
    const score = computeScore({ totalTimeSecs: 299.9, commits: 3 });

    expect(score).toEqual({ base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 });
  });

  it('gives no speed bonus at exactly 300 seconds', () => {
    const score = computeScore({ totalTimeSecs: 300, commits: 3 });

    expect(score).toEqual({ base: 100, speed_bonus: 0, efficiency_penalty: 0, total: 100 });
  });

  it('does not penalise 20 commits', () => {
    const score = computeScore({ totalTimeSecs: 10, commits: 20 });

    expect(score.efficiency_penalty).toBe(0);
    expect(score.total).toBe(110);
  });

  it('takes 2 points for the 21st commit', () => {
    const score = computeScore({ totalTimeSecs: 10, commits: 21 });

    expect(score.efficiency_penalty).toBe(2);
    expect(score.total).toBe(108);
  });

  it('combines a slow run and many commits', () => {
    const score = computeScore({ totalTimeSecs: 1200, commits: 30 });

    expect(score).toEqual({ base: 100, speed_bonus: 0, efficiency_penalty: 20, total: 80 });
  });

  it('never goes below 0', () => {
    const score = computeScore({ totalTimeSecs: 5000, commits: 1000 });

    expect(score.efficiency_penalty).toBe(1960);
    expect(score.total).toBe(0);
  });

  it('counts zero commits as no penalty', () => {
    const score = computeScore({ totalTimeSecs: 0, commits: 0 });

    expect(score).toEqual({ base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 });
  });
});
