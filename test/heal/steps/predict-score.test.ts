import { describe, expect, it } from 'vitest';
import { actualScores, predictScores } from '../../../src/heal/steps/predict-score.ts';

function byCriterion(scores: ReturnType<typeof predictScores>): Record<string, number> {
  return Object.fromEntries(scores.map((s) => [s.criterion, s.predicted_score]));
}

describe('predictScores', () => {
  it('predicts the bonus and no penalty for a few failures and a fast CI', () => {
    const scores = predictScores({ failures: 3, ciRunSecs: 5, retryLimit: 5 });

    const predicted = byCriterion(scores);

    expect(predicted.base).toBe(100);
    expect(predicted.speed_bonus).toBe(10);
    // Math.abs: the module computes -0 here (`-penalty`), which equals 0 but not under Object.is.
    expect(Math.abs(predicted.efficiency_penalty)).toBe(0);
    expect(predicted.total).toBe(110);
    expect(scores.map((s) => s.max_points)).toEqual([100, 10, 0, 110]);
  });

  it('predicts no bonus when the expected time reaches 300 s', () => {
    // 2 failures, 1 iteration: 100 * (2 + 1 + 1) = 400 s.
    const scores = predictScores({ failures: 2, ciRunSecs: 100, retryLimit: 5 });

    expect(byCriterion(scores).speed_bonus).toBe(0);
    expect(byCriterion(scores).total).toBe(100);
  });

  it('predicts a penalty of 2 per commit past 20', () => {
    const scores = predictScores({ failures: 25, ciRunSecs: 1, retryLimit: 5 });

    expect(byCriterion(scores).efficiency_penalty).toBe(-10);
    expect(byCriterion(scores).total).toBe(100);
  });

  it('never predicts a total below 0', () => {
    const scores = predictScores({ failures: 200, ciRunSecs: 10, retryLimit: 5 });

    expect(byCriterion(scores).total).toBe(0);
  });

  it('gives every criterion a reasoning', () => {
    const scores = predictScores({ failures: 1, ciRunSecs: 2.25, retryLimit: 5 });

    expect(scores.every((s) => typeof s.reasoning === 'string' && s.reasoning.length > 0)).toBe(true);
    expect(scores[1].reasoning).toContain('2.3 s per CI run');
  });
});

describe('actualScores', () => {
  it('reports the penalty as negative points, like the prediction', () => {
    const actual = actualScores({ base: 100, speed_bonus: 10, efficiency_penalty: 4, total: 106 });

    expect(actual).toEqual({ base: 100, speed_bonus: 10, efficiency_penalty: -4, total: 106 });
  });
});
