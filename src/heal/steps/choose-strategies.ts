// Orders the strategies for a failure by the learned weights of its bug type (DESIGN.md section 6,
// step 4), keeping only those that have a fixer for it. `kb_lookup` goes first whatever its weight:
// it is one indexed lookup that declines in milliseconds when nothing matches, and a match is a fix
// CI already confirmed, so asking it first can only save the costlier strategies' time.
import type { StrategyWeightSet } from '../../store/index.ts';
import type { Fixer, Strategy } from '../types.ts';

export interface StrategyPlan {
  order: Strategy[];
  /** Strategies with weight but no fixer for this failure, and why they were passed over. */
  unavailable: Strategy[];
}

/** The strategies to try: kb_lookup, then heaviest first; ties keep the listed order of the weight set. */
export function chooseStrategies(weights: StrategyWeightSet, candidates: Fixer[]): StrategyPlan {
  const byWeight = (Object.keys(weights) as Strategy[]).sort((a, b) => weights[b] - weights[a]);
  const ranked = [...byWeight.filter((s) => s === 'kb_lookup'), ...byWeight.filter((s) => s !== 'kb_lookup')];
  const available = new Set(candidates.map((fixer) => fixer.strategy));
  return {
    order: ranked.filter((strategy) => available.has(strategy)),
    unavailable: ranked.filter((strategy) => !available.has(strategy)),
  };
}
