// The adapter a configuration names.
import type { LlmConfig } from '../config.ts';
import type { LlmProvider } from '../types.ts';
import { createAnthropicProvider } from './anthropic.ts';
import { createOpenAiProvider } from './openai.ts';
import type { ProviderOptions } from './options.ts';

export { createAnthropicProvider } from './anthropic.ts';
export { createOpenAiProvider } from './openai.ts';
export type { ProviderOptions } from './options.ts';

/** The provider for `config.provider`: OpenAI chat completions (and compatible servers) or Anthropic Messages. */
export function createProvider(config: LlmConfig, options: ProviderOptions = {}): LlmProvider {
  return config.provider === 'anthropic' ? createAnthropicProvider(config, options) : createOpenAiProvider(config, options);
}
