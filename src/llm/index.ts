// The LLM layer's public API: configuration, the two adapters, the run's session, costs and errors.
export type { ChatMessage, Completion, CompletionRequest, LlmProvider, LlmProviderName, LlmSession, TokenUsage } from './types.ts';
export { LlmAnswerError, LlmBudgetError, LlmConfigError, LlmError, LlmUnavailableError } from './errors.ts';
export { LLM_DEFAULTS, readLlmConfig, withRepoBudget, type LlmConfig } from './config.ts';
export { costOf, costOfAnswer, DEFAULT_PRICES, findPrice, type ModelCost, type ModelPrice, type PriceTable } from './pricing.ts';
export { createProvider, type ProviderOptions } from './providers/index.ts';
export { createLlmSession, type LlmSessionOptions } from './session.ts';
