// The run's score, DESIGN.md section 2: speed earns a bonus, commits past 20 cost points.
import type { Score } from '../heal/types.ts';

export const BASE_SCORE = 100;
export const SPEED_BONUS = 10;
/** Runs strictly faster than this earn the speed bonus. */
export const SPEED_LIMIT_SECS = 300;
/** Commits up to this many are free; each one beyond costs EFFICIENCY_PENALTY_PER_COMMIT. */
export const FREE_COMMITS = 20;
export const EFFICIENCY_PENALTY_PER_COMMIT = 2;

export interface ScoreInput {
  /** The whole run, waiting for CI included. */
  totalTimeSecs: number;
  /** Every commit RIFT made on the fix branch, reverts included. */
  commits: number;
}

/** Scores a run; the total never goes below 0. */
export function computeScore({ totalTimeSecs, commits }: ScoreInput): Score {
  const speedBonus = totalTimeSecs < SPEED_LIMIT_SECS ? SPEED_BONUS : 0;
  const efficiencyPenalty = EFFICIENCY_PENALTY_PER_COMMIT * Math.max(0, commits - FREE_COMMITS);
  return {
    base: BASE_SCORE,
    speed_bonus: speedBonus,
    efficiency_penalty: efficiencyPenalty,
    total: Math.max(0, BASE_SCORE + speedBonus - efficiencyPenalty),
  };
}
