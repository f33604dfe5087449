import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { readLlmConfig, withRepoBudget } from '../../src/llm/config.ts';
import { DEFAULT_PRICES } from '../../src/llm/pricing.ts';

const OPENAI = { LLM_PROVIDER: 'openai', LLM_API_KEY: 'test-key', LLM_MODEL: 'gpt-4o-mini' };

describe('readLlmConfig', () => {
  it('returns null when no provider is configured, even with other LLM_* variables set', () => {
    const config = readLlmConfig({ LLM_MODEL: 'gpt-4o-mini', LLM_PROVIDER: '  ' });

    expect(config).toBeNull();
  });

  it('reads a provider with its defaults', () => {
    const config = readLlmConfig(OPENAI);

    expect(config).toEqual({
      provider: 'openai',
      baseUrl: undefined,
      apiKey: 'test-key',
      model: 'gpt-4o-mini',
      consensusModel: undefined,
      timeoutMs: 60_000,
      maxRetries: 2,
      budgetUsd: 1,
      prices: DEFAULT_PRICES,
    });
  });

  it('reads every variable, with LLM_PRICES added to the price table', () => {
    const env = {
      LLM_PROVIDER: 'Anthropic',
      LLM_BASE_URL: 'https://proxy.example.com',
      LLM_API_KEY: 'test-key',
      LLM_MODEL: 'claude-sonnet-4-20250514',
      LLM_CONSENSUS_MODEL: 'claude-3-5-haiku-latest',
      LLM_TIMEOUT_MS: '5000',
      LLM_MAX_RETRIES: '0',
      LLM_BUDGET_USD: '0.25',
      LLM_PRICES: '{"my-model": {"input": 0.5, "output": 1.5}, "gpt-4o": {"input": 1, "output": 2}}',
    };

    const config = readLlmConfig(env);

    expect(config).toMatchObject({
      provider: 'anthropic',
      baseUrl: 'https://proxy.example.com',
      model: 'claude-sonnet-4-20250514',
      consensusModel: 'claude-3-5-haiku-latest',
      timeoutMs: 5000,
      maxRetries: 0,
      budgetUsd: 0.25,
    });
    expect(config?.prices['my-model']).toEqual({ input: 0.5, output: 1.5 });
    expect(config?.prices['gpt-4o']).toEqual({ input: 1, output: 2 });
    expect(config?.prices['claude-sonnet-4']).toEqual(DEFAULT_PRICES['claude-sonnet-4']);
  });

  it('lets a local OpenAI-compatible server go without a key', () => {
    const config = readLlmConfig({ LLM_PROVIDER: 'openai', LLM_BASE_URL: 'http://localhost:11434/v1', LLM_MODEL: 'llama3.1:8b' });

    expect(config).toMatchObject({ provider: 'openai', baseUrl: 'http://localhost:11434/v1', apiKey: undefined });
  });

  it.each([
    ['an unknown provider', { ...OPENAI, LLM_PROVIDER: 'ollama' }, /LLM_PROVIDER must be "openai" or "anthropic", not "ollama"/],
    ['no model', { ...OPENAI, LLM_MODEL: '' }, /LLM_MODEL is required/],
    ['no key for the OpenAI API', { ...OPENAI, LLM_API_KEY: undefined }, /LLM_API_KEY is required for LLM_PROVIDER=openai/],
    ['no key for Anthropic, even with a base URL', { LLM_PROVIDER: 'anthropic', LLM_MODEL: 'claude-sonnet-4', LLM_BASE_URL: 'http://localhost:8080' }, /LLM_API_KEY is required for LLM_PROVIDER=anthropic/],
    ['a base URL that is not a URL', { ...OPENAI, LLM_BASE_URL: 'localhost:11434' }, /LLM_BASE_URL must be an http\(s\) URL/],
    ['a base URL of another scheme', { ...OPENAI, LLM_BASE_URL: 'ftp://models.example.com' }, /LLM_BASE_URL must be an http\(s\) URL/],
    ['a non-numeric budget', { ...OPENAI, LLM_BUDGET_USD: 'one dollar' }, /LLM_BUDGET_USD must be a number, 0 or more, not "one dollar"/],
    ['a negative budget', { ...OPENAI, LLM_BUDGET_USD: '-1' }, /LLM_BUDGET_USD must be a number/],
    ['a fractional timeout', { ...OPENAI, LLM_TIMEOUT_MS: '1.5' }, /LLM_TIMEOUT_MS must be a whole number, 1 or more/],
    ['a zero timeout', { ...OPENAI, LLM_TIMEOUT_MS: '0' }, /LLM_TIMEOUT_MS must be a whole number/],
    ['too many retries', { ...OPENAI, LLM_MAX_RETRIES: '50' }, /LLM_MAX_RETRIES must be a whole number, from 0 to 10, not "50"/],
    ['prices that are not JSON', { ...OPENAI, LLM_PRICES: '{my-model: 1}' }, /LLM_PRICES must be JSON/],
    ['a price without output', { ...OPENAI, LLM_PRICES: '{"my-model": {"input": 1}}' }, /LLM_PRICES must map model ids .*my-model\.output/],
    ['a negative price', { ...OPENAI, LLM_PRICES: '{"my-model": {"input": -1, "output": 1}}' }, /LLM_PRICES must map model ids .*my-model\.input/],
    ['prices as a list', { ...OPENAI, LLM_PRICES: '[1, 2]' }, /LLM_PRICES must map model ids/],
  ])('throws a BadInputError naming the variable for %s', (_what, env, message) => {
    const read = () => readLlmConfig(env);

    expect(read).toThrow(BadInputError);
    expect(read).toThrow(message);
  });
});

describe('withRepoBudget', () => {
  const config = readLlmConfig({ LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-4o-mini', LLM_API_KEY: 'sk-test', LLM_BUDGET_USD: '0.50' })!;

  it('lowers the budget to the repository\'s, never raises it', () => {
    expect(withRepoBudget(config, 0.1).budgetUsd).toBe(0.1);
    expect(withRepoBudget(config, 5).budgetUsd).toBe(0.5);
    expect(withRepoBudget(config, null)).toBe(config);
  });
});
