// How strategy weights evolve from outcomes: pure functions over plain numbers.
import { STRATEGY_NAMES, type StrategyName, type StrategyWeightSet } from './types.ts';

/** Starting weights for every bug type: deterministic rules first, the costly consensus last. Sum 1. */
export const INITIAL_WEIGHTS: Readonly<StrategyWeightSet> = {
  rule_first: 0.55,
  kb_lookup: 0.25,
  llm_single: 0.15,
  llm_consensus: 0.05,
};

export interface EvolveOptions {
  /** Fraction of the way a weight moves per outcome: towards 1 on success, towards 0 on failure. */
  learningRate?: number;
  /** No strategy falls below this after renormalising, so none dies for good. */
  floor?: number;
}

export const DEFAULT_LEARNING_RATE = 0.1;
export const DEFAULT_FLOOR = 0.02;

/** The weights after one outcome of `strategy`: nudged up on success, down on failure, renormalised. */
export function evolveWeights(
  weights: StrategyWeightSet,
  strategy: StrategyName,
  success: boolean,
  opts: EvolveOptions = {},
): StrategyWeightSet {
  const rate = opts.learningRate ?? DEFAULT_LEARNING_RATE;
  const current = weights[strategy];
  const nudged = success ? current + rate * (1 - current) : current * (1 - rate);
  return normaliseWithFloor({ ...weights, [strategy]: nudged }, opts.floor ?? DEFAULT_FLOOR);
}

/** Scales weights to sum 1 while holding each at or above `floor` (the rest share what is left pro rata). */
export function normaliseWithFloor(weights: StrategyWeightSet, floor: number = DEFAULT_FLOOR): StrategyWeightSet {
  if (floor * STRATEGY_NAMES.length > 1) throw new RangeError(`floor ${floor} is too high for ${STRATEGY_NAMES.length} strategies`);
  const clean = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);
  const result = { ...weights };
  const pinned = new Set<StrategyName>();
  // Each pass pins the strategies that fell under the floor; at most one pass per strategy.
  for (;;) {
    const free = STRATEGY_NAMES.filter((name) => !pinned.has(name));
    const mass = 1 - floor * pinned.size;
    const freeSum = free.reduce((sum, name) => sum + clean(weights[name]), 0);
    for (const name of free) {
      result[name] = freeSum > 0 ? (clean(weights[name]) / freeSum) * mass : mass / free.length;
    }
    const under = free.filter((name) => result[name] < floor);
    if (under.length === 0) return result;
    for (const name of under) {
      pinned.add(name);
      result[name] = floor;
    }
  }
}
