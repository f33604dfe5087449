// What an adapter takes besides the configuration.

export interface ProviderOptions {
  /** A fetch other than the global one (a proxy agent, an instrumented client). */
  fetch?: typeof fetch;
  /** The answer's token cap when a request sets none; Anthropic requires one, OpenAI uses the model's own when unset. */
  defaultMaxTokens?: number;
}

/** Anthropic's Messages API requires max_tokens; enough for a patch of a few files. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;
