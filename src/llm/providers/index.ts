// The adapter a configuration names. The SDKs (about 33 MB resident together) load with the first
// call, so a run without a model, the usual case, never loads them.
import type { LlmConfig } from '../config.ts';
import type { LlmProvider } from '../types.ts';
import type { ProviderOptions } from './options.ts';

export type { ProviderOptions } from './options.ts';

/** The provider for `config.provider`: OpenAI chat completions (and compatible servers) or Anthropic Messages. */
export function createProvider(config: LlmConfig, options: ProviderOptions = {}): LlmProvider {
  let adapter: Promise<LlmProvider> | null = null;
  const load = (): Promise<LlmProvider> =>
    (adapter ??=
      config.provider === 'anthropic'
        ? import('./anthropic.ts').then((m) => m.createAnthropicProvider(config, options))
        : import('./openai.ts').then((m) => m.createOpenAiProvider(config, options)));
  return {
    name: config.provider === 'anthropic' ? 'anthropic' : 'openai',
    model: config.model,
    complete: async (request, signal) => (await load()).complete(request, signal),
  };
}
