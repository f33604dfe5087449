import { describe, expect, it } from 'vitest';
import { costOf, costOfAnswer, DEFAULT_PRICES, findPrice } from '../../src/llm/pricing.ts';

const USAGE = { inputTokens: 2_000_000, outputTokens: 1_000_000 };

describe('findPrice', () => {
  it.each([
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-mini'],
    ['gpt-4o-2024-08-06', 'gpt-4o'],
    ['gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'],
    ['o4-mini-2025-04-16', 'o4-mini'],
    ['claude-sonnet-4-20250514', 'claude-sonnet-4'],
    ['claude-opus-4-5-20251101', 'claude-opus-4-5'],
    ['claude-3-5-haiku-latest', 'claude-3-5-haiku'],
    ['claude-sonnet-4@20250514', 'claude-sonnet-4'],
    ['GPT-4o', 'gpt-4o'],
  ])('prices %s as its longest prefix %s', (model, family) => {
    const price = findPrice(model, DEFAULT_PRICES);

    expect(price).toEqual(DEFAULT_PRICES[family]);
  });

  it.each(['gpt-4', 'gpt-4o3', 'o3x', 'llama3.1:8b', 'my-azure-deployment'])('knows no price for %s', (model) => {
    const price = findPrice(model, DEFAULT_PRICES);

    expect(price).toBeNull();
  });
});

describe('costOf', () => {
  it('multiplies the tokens by the price per million', () => {
    const cost = costOf('gpt-4o-2024-11-20', USAGE, DEFAULT_PRICES);

    // 2 M in at $2.50 + 1 M out at $10.
    expect(cost).toEqual({ usd: 15, known: true });
  });

  it('uses an override in place of the default price', () => {
    const prices = { ...DEFAULT_PRICES, 'gpt-4o': { input: 1, output: 1 } };

    const cost = costOf('gpt-4o-2024-11-20', USAGE, prices);

    expect(cost).toEqual({ usd: 3, known: true });
  });

  it('counts an unknown model as free and says so', () => {
    const cost = costOf('qwen2.5-coder:7b', USAGE, DEFAULT_PRICES);

    expect(cost).toEqual({ usd: 0, known: false });
  });
});

describe('costOfAnswer', () => {
  it('prices by the model asked for first (an Azure deployment priced in LLM_PRICES)', () => {
    const prices = { ...DEFAULT_PRICES, 'rift-deployment': { input: 1, output: 1 } };

    const cost = costOfAnswer('rift-deployment', 'gpt-4o-2024-08-06', USAGE, prices);

    expect(cost).toEqual({ usd: 3, known: true });
  });

  it('falls back to the model that answered', () => {
    const cost = costOfAnswer('rift-deployment', 'gpt-4o-2024-08-06', USAGE, DEFAULT_PRICES);

    expect(cost).toEqual({ usd: 15, known: true });
  });
});
