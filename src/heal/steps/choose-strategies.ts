// Orders the strategies for a failure by the learned weights of its bug type (DESIGN.md section 6,
// step 4), keeping only those that have a fixer for it.
import type { StrategyWeightSet } from '../../store/index.ts';
import type { Fixer, Strategy } from '../types.ts';

export interface StrategyPlan {
  order: Strategy[];
  /** Strategies with weight but no fixer for this failure, and why they were passed over. */
  unavailable: Strategy[];
}

/** The strategies to try, heaviest first; ties keep the listed order of the weight set. */
export function chooseStrategies(weights: StrategyWeightSet, candidates: Fixer[]): StrategyPlan {
  const ranked = (Object.keys(weights) as Strategy[]).sort((a, b) => weights[b] - weights[a]);
  const available = new Set(candidates.map((fixer) => fixer.strategy));
  return {
    order: ranked.filter((strategy) => available.has(strategy)),
    unavailable: ranked.filter((strategy) => !available.has(strategy)),
  };
}
