// The one small interface every LLM provider adapter implements (issue 6). RIFT works without any:
// a provider is optional, and each answer is only a proposal the repository's own checks must confirm.

export type LlmProviderName = 'openai' | 'anthropic';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  /** A leading 'system' message is the system prompt (Anthropic takes it apart; OpenAI keeps it in the list). */
  messages: ChatMessage[];
  /** Sampling temperature; consensus asks for several samples at a higher one. */
  temperature?: number;
  /** Cap on the answer's tokens. */
  maxTokens?: number;
  /** A model other than the provider's default (the second model of consensus). */
  model?: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface Completion {
  /** The answer's text (all text parts joined). */
  text: string;
  /** The model that answered, as the API names it. */
  model: string;
  usage: TokenUsage;
  /** What the call cost, from the price table (0 for a model priced at 0, e.g. a local server). */
  costUsd: number;
}

export interface LlmProvider {
  name: LlmProviderName;
  /** The default model (LLM_MODEL). */
  model: string;
  /**
   * One chat completion. Retries 429 and 5xx with backoff and times out by itself; throws
   * LlmConfigError (bad key, unknown model: no later call can succeed) or LlmUnavailableError
   * (still failing after the retries, or timed out), both from src/llm/errors.ts.
   */
  complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion>;
}

/**
 * A run's access to the models: what the strategies call. It redacts secrets from every message
 * before it leaves the machine, adds up the cost, stops at the run's budget, and stops for good
 * after a configuration error (bad key, unknown model) so the run goes on without LLM.
 */
export interface LlmSession {
  /** The models it may ask: the default first, then the consensus model when one is configured. */
  models: string[];
  /**
   * One completion through the provider, with `messages` redacted first. Throws LlmBudgetError once
   * the budget is spent, LlmConfigError / LlmUnavailableError as the provider does (src/llm/errors.ts).
   */
  complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion>;
  /** USD spent so far in this run. */
  spentUsd(): number;
  /** Why the session no longer asks anything (budget spent, bad key...), or null while it can. */
  stoppedReason(): string | null;
}
