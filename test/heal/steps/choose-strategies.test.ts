import { describe, expect, it } from 'vitest';
import { chooseStrategies, type Exploration } from '../../../src/heal/steps/choose-strategies.ts';
import type { Fixer, Strategy } from '../../../src/heal/types.ts';

function fixerOf(strategy: Strategy): Fixer {
  return {
    name: `${strategy}-fixer`,
    strategy,
    bugTypes: ['LINTING'],
    languages: ['python'],
    fix: async () => ({ kind: 'decline', reason: 'test' }),
  };
}

/** Exploration whose draws come from `draws`, in order. */
function drawing(rate: number, ...draws: number[]): Exploration {
  return { rate, random: () => draws.shift() ?? 0.999 };
}

const NEVER = drawing(0);

describe('chooseStrategies', () => {
  it('orders the available strategies heaviest first, after the knowledge-base lookup', () => {
    const weights = { rule_first: 0.2, kb_lookup: 0.1, llm_single: 0.6, llm_consensus: 0.1 };

    const plan = chooseStrategies(weights, [fixerOf('rule_first'), fixerOf('llm_single'), fixerOf('kb_lookup')], NEVER);

    expect(plan.order).toEqual(['kb_lookup', 'llm_single', 'rule_first']);
    expect(plan.unavailable).toEqual(['llm_consensus']);
  });

  it('orders by weight alone when there is no knowledge base', () => {
    const weights = { rule_first: 0.2, kb_lookup: 0.1, llm_single: 0.6, llm_consensus: 0.1 };

    const plan = chooseStrategies(weights, [fixerOf('rule_first'), fixerOf('llm_single')], NEVER);

    expect(plan.order).toEqual(['llm_single', 'rule_first']);
    expect(plan.unavailable).toEqual(['kb_lookup', 'llm_consensus']);
  });

  it('keeps the listed order of the weight set on ties', () => {
    const weights = { rule_first: 0.25, kb_lookup: 0.25, llm_single: 0.25, llm_consensus: 0.25 };

    const plan = chooseStrategies(weights, [fixerOf('llm_consensus'), fixerOf('rule_first'), fixerOf('kb_lookup'), fixerOf('llm_single')], NEVER);

    expect(plan.order).toEqual(['kb_lookup', 'rule_first', 'llm_single', 'llm_consensus']);
  });

  it('offers nothing when no fixer is a candidate', () => {
    const weights = { rule_first: 0.55, kb_lookup: 0.25, llm_single: 0.15, llm_consensus: 0.05 };

    const plan = chooseStrategies(weights, []);

    expect(plan.order).toEqual([]);
    expect(plan.unavailable).toEqual(['kb_lookup', 'rule_first', 'llm_single', 'llm_consensus']);
  });

  it('lists a strategy once however many fixers it has', () => {
    const weights = { rule_first: 0.55, kb_lookup: 0.25, llm_single: 0.15, llm_consensus: 0.05 };

    const plan = chooseStrategies(weights, [fixerOf('rule_first'), fixerOf('rule_first')]);

    expect(plan.order).toEqual(['rule_first']);
  });

  it('sometimes tries a lighter strategy first, still after the knowledge base, and says which', () => {
    const weights = { rule_first: 0.5, kb_lookup: 0.1, llm_single: 0.3, llm_consensus: 0.1 };
    const fixers = [fixerOf('rule_first'), fixerOf('llm_single'), fixerOf('llm_consensus'), fixerOf('kb_lookup')];

    // 0.05 < rate: explore; 0.6 picks the second of the two lighter strategies.
    const plan = chooseStrategies(weights, fixers, drawing(0.1, 0.05, 0.6));

    expect(plan.order).toEqual(['kb_lookup', 'llm_consensus', 'rule_first', 'llm_single']);
    expect(plan.explored).toEqual({ promoted: 'llm_consensus', over: 'rule_first' });
  });

  it('keeps the weight order when the draw is above the rate', () => {
    const weights = { rule_first: 0.5, kb_lookup: 0.1, llm_single: 0.3, llm_consensus: 0.1 };

    const plan = chooseStrategies(weights, [fixerOf('rule_first'), fixerOf('llm_single')], drawing(0.1, 0.1));

    expect(plan.order).toEqual(['rule_first', 'llm_single']);
    expect(plan.explored).toBeNull();
  });

  it('has nothing to explore with one weighted strategy', () => {
    const weights = { rule_first: 0.5, kb_lookup: 0.1, llm_single: 0.3, llm_consensus: 0.1 };

    const plan = chooseStrategies(weights, [fixerOf('rule_first'), fixerOf('kb_lookup')], drawing(1, 0));

    expect(plan.order).toEqual(['kb_lookup', 'rule_first']);
    expect(plan.explored).toBeNull();
  });
});
