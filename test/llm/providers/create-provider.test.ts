import { describe, expect, it } from 'vitest';
import { createProvider } from '../../../src/llm/providers/index.ts';
import { testConfig } from '../wire.ts';

describe('createProvider', () => {
  it.each(['openai', 'anthropic'] as const)('makes the %s adapter with the configured model', (provider) => {
    const made = createProvider(testConfig({ provider, model: 'some-model' }));

    expect(made.name).toBe(provider);
    expect(made.model).toBe('some-model');
  });
});
