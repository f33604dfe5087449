// Orders the strategies for a failure by the learned weights of its bug type (DESIGN.md section 6,
// step 4), keeping only those that have a fixer for it. `kb_lookup` goes first whatever its weight:
// it is one indexed lookup that declines in milliseconds when nothing matches, and a match is a fix
// CI already confirmed, so asking it first can only save the costlier strategies' time.
//
// Now and then a lighter strategy is tried first (epsilon-greedy exploration): weights only move on
// outcomes, so without it a strategy that lost a few early rounds would never be tried first again
// and could never earn its weight back. It costs at most one extra attempt: every strategy still
// gets its turn, only the order changes.
import type { StrategyWeightSet } from '../../store/index.ts';
import type { Fixer, Strategy } from '../types.ts';

export interface Exploration {
  /** Chance, in [0, 1], that a lighter strategy goes before the heaviest one. */
  rate: number;
  /** Uniform in [0, 1): Math.random in the engine, a fixed sequence in tests. */
  random: () => number;
}

export const DEFAULT_EXPLORATION: Exploration = { rate: 0.1, random: Math.random };

export interface StrategyPlan {
  order: Strategy[];
  /** Strategies with weight but no fixer for this failure, and why they were passed over. */
  unavailable: Strategy[];
  /** Set when exploration moved a lighter strategy before the heaviest available one. */
  explored: { promoted: Strategy; over: Strategy } | null;
}

/** The strategies to try: kb_lookup, then heaviest first (ties keep the weight set's order), sometimes a lighter one first. */
export function chooseStrategies(weights: StrategyWeightSet, candidates: Fixer[], exploration: Exploration = DEFAULT_EXPLORATION): StrategyPlan {
  const byWeight = (Object.keys(weights) as Strategy[]).sort((a, b) => weights[b] - weights[a]);
  const ranked = [...byWeight.filter((s) => s === 'kb_lookup'), ...byWeight.filter((s) => s !== 'kb_lookup')];
  const available = new Set(candidates.map((fixer) => fixer.strategy));
  const weighed = ranked.filter((s) => s !== 'kb_lookup' && available.has(s));
  const explored = explore(weighed, exploration);
  const ordered = explored ? [explored.promoted, ...weighed.filter((s) => s !== explored.promoted)] : weighed;
  return {
    order: available.has('kb_lookup') ? ['kb_lookup', ...ordered] : ordered,
    unavailable: ranked.filter((strategy) => !available.has(strategy)),
    explored,
  };
}

// One draw decides whether to explore, a second which lighter strategy goes first.
function explore(weighed: Strategy[], { rate, random }: Exploration): StrategyPlan['explored'] {
  if (weighed.length < 2 || random() >= rate) return null;
  const lighter = weighed.slice(1);
  const promoted = lighter[Math.min(lighter.length - 1, Math.floor(random() * lighter.length))]!;
  return { promoted, over: weighed[0]! };
}
