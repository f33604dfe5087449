// The score RIFT expects before it starts, per criterion, so the end can say how well it judged
// (benchmark_scores: predicted at the start, actual at the end, the calibration gap).
import type { PredictedScore } from '../../store/index.ts';
import type { Score } from '../types.ts';

/** Predicts from what is known at the start: how many failures there are and how long a CI run takes. */
export function predictScores(args: { failures: number; ciRunSecs: number; retryLimit: number }): PredictedScore[] {
  const expectedIterations = Math.min(args.retryLimit, Math.max(1, Math.ceil(args.failures / 10)));
  // Each fix re-runs one check and each iteration all of them: roughly one CI run per failure plus one per iteration.
  const expectedSecs = args.ciRunSecs * (args.failures + expectedIterations + 1);
  const expectedCommits = args.failures;
  const penalty = 2 * Math.max(0, expectedCommits - 20);
  const bonus = expectedSecs < 300 ? 10 : 0;
  return [
    { criterion: 'base', max_points: 100, predicted_score: 100, reasoning: 'Every run starts from the base of 100.' },
    {
      criterion: 'speed_bonus',
      max_points: 10,
      predicted_score: bonus,
      reasoning: `About ${Math.round(expectedSecs)} s expected: ${args.failures} failure(s), ${args.ciRunSecs.toFixed(1)} s per CI run.`,
    },
    {
      criterion: 'efficiency_penalty',
      max_points: 0,
      predicted_score: penalty === 0 ? 0 : -penalty,
      reasoning: `About ${expectedCommits} commit(s) expected; fixes are batched past 20.`,
    },
    { criterion: 'total', max_points: 110, predicted_score: Math.max(0, 100 + bonus - penalty), reasoning: 'Base plus bonus minus penalty.' },
  ];
}

/** The actual points per criterion, in the same terms as the prediction. */
export function actualScores(score: Score): Record<string, number> {
  return { base: score.base, speed_bonus: score.speed_bonus, efficiency_penalty: score.efficiency_penalty === 0 ? 0 : -score.efficiency_penalty, total: score.total };
}
