import { describe, expect, it } from 'vitest';
import { evolveWeights, INITIAL_WEIGHTS, normaliseWithFloor } from '../../src/store/strategy-weights-math.ts';
import { STRATEGY_NAMES, type StrategyWeightSet } from '../../src/store/types.ts';

const sum = (weights: StrategyWeightSet): number => STRATEGY_NAMES.reduce((total, name) => total + weights[name], 0);

describe('INITIAL_WEIGHTS', () => {
  it('are the spec values and sum to 1', () => {
    expect(INITIAL_WEIGHTS).toEqual({ rule_first: 0.55, kb_lookup: 0.25, llm_single: 0.15, llm_consensus: 0.05 });
    expect(sum(INITIAL_WEIGHTS)).toBeCloseTo(1, 12);
  });
});

describe('evolveWeights', () => {
  it('raises the strategy on success and lowers the others, keeping the sum at 1', () => {
    const next = evolveWeights(INITIAL_WEIGHTS, 'llm_single', true);

    expect(next.llm_single).toBeGreaterThan(INITIAL_WEIGHTS.llm_single);
    expect(next.rule_first).toBeLessThan(INITIAL_WEIGHTS.rule_first);
    expect(next.kb_lookup).toBeLessThan(INITIAL_WEIGHTS.kb_lookup);
    expect(sum(next)).toBeCloseTo(1, 12);
  });

  it('lowers the strategy on failure and raises the others, keeping the sum at 1', () => {
    const next = evolveWeights(INITIAL_WEIGHTS, 'rule_first', false);

    expect(next.rule_first).toBeLessThan(INITIAL_WEIGHTS.rule_first);
    expect(next.llm_consensus).toBeGreaterThan(INITIAL_WEIGHTS.llm_consensus);
    expect(sum(next)).toBeCloseTo(1, 12);
  });

  it('moves a weight by the learning rate before renormalising', () => {
    // rule_first 0.55 -> 0.55 + 0.1 * 0.45 = 0.595; total 1.045; 0.595 / 1.045.
    const next = evolveWeights(INITIAL_WEIGHTS, 'rule_first', true, { learningRate: 0.1 });

    expect(next.rule_first).toBeCloseTo(0.595 / 1.045, 12);
    expect(next.kb_lookup).toBeCloseTo(0.25 / 1.045, 12);
  });

  it('never lets a strategy fall under the floor, however often it fails', () => {
    let weights: StrategyWeightSet = { ...INITIAL_WEIGHTS };

    for (let i = 0; i < 200; i++) weights = evolveWeights(weights, 'llm_consensus', false, { floor: 0.02 });

    expect(weights.llm_consensus).toBeCloseTo(0.02, 12);
    expect(sum(weights)).toBeCloseTo(1, 12);
  });

  it('keeps every other strategy at the floor when one keeps succeeding', () => {
    let weights: StrategyWeightSet = { ...INITIAL_WEIGHTS };

    for (let i = 0; i < 500; i++) weights = evolveWeights(weights, 'kb_lookup', true, { floor: 0.02 });

    expect(weights.rule_first).toBeCloseTo(0.02, 12);
    expect(weights.llm_single).toBeCloseTo(0.02, 12);
    expect(weights.llm_consensus).toBeCloseTo(0.02, 12);
    expect(weights.kb_lookup).toBeCloseTo(0.94, 12);
  });

  it('does not change its input', () => {
    const input = { ...INITIAL_WEIGHTS };

    evolveWeights(input, 'rule_first', true);

    expect(input).toEqual(INITIAL_WEIGHTS);
  });
});

describe('normaliseWithFloor', () => {
  it('scales weights to sum 1, keeping their proportions when none is under the floor', () => {
    const result = normaliseWithFloor({ rule_first: 4, kb_lookup: 2, llm_single: 1, llm_consensus: 1 }, 0.02);

    expect(result).toEqual({ rule_first: 0.5, kb_lookup: 0.25, llm_single: 0.125, llm_consensus: 0.125 });
  });

  it('lifts a zero, negative or non-finite weight to the floor and shares the rest pro rata', () => {
    const result = normaliseWithFloor({ rule_first: 3, kb_lookup: 1, llm_single: -1, llm_consensus: Number.NaN }, 0.02);

    expect(result.llm_single).toBeCloseTo(0.02, 12);
    expect(result.llm_consensus).toBeCloseTo(0.02, 12);
    expect(result.rule_first).toBeCloseTo(0.96 * 0.75, 12);
    expect(result.kb_lookup).toBeCloseTo(0.96 * 0.25, 12);
  });

  it('re-pins a weight that drops under the floor only after the first pinning', () => {
    // 0.001 pins first; then llm_single, 0.0201 / 0.999 * 0.98 = 0.0197, is under and must pin too.
    const result = normaliseWithFloor({ rule_first: 0.9, kb_lookup: 0.0789, llm_single: 0.0201, llm_consensus: 0.001 }, 0.02);

    expect(result.llm_consensus).toBeCloseTo(0.02, 12);
    expect(result.llm_single).toBeCloseTo(0.02, 12);
    expect(sum(result)).toBeCloseTo(1, 12);
  });

  it('splits evenly when every weight is zero', () => {
    const result = normaliseWithFloor({ rule_first: 0, kb_lookup: 0, llm_single: 0, llm_consensus: 0 });

    expect(result).toEqual({ rule_first: 0.25, kb_lookup: 0.25, llm_single: 0.25, llm_consensus: 0.25 });
  });

  it('refuses a floor that the four strategies cannot all meet', () => {
    expect(() => normaliseWithFloor(INITIAL_WEIGHTS, 0.3)).toThrow(RangeError);
  });
});
