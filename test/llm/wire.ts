// The two APIs' real wire formats (OpenAI chat completions, Anthropic Messages) and a test config.
import { DEFAULT_PRICES } from '../../src/llm/pricing.ts';
import type { LlmConfig } from '../../src/llm/config.ts';

export const OPENAI_URL = 'https://api.openai.com';
export const ANTHROPIC_URL = 'https://api.anthropic.com';

/** A config as readLlmConfig returns it, fast to fail: small timeout, one retry. */
export function testConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    provider: 'openai',
    apiKey: 'test-key-not-a-secret',
    model: 'gpt-4o-mini',
    timeoutMs: 2000,
    maxRetries: 1,
    budgetUsd: 1,
    prices: DEFAULT_PRICES,
    ...overrides,
  };
}

/** A 200 of POST /v1/chat/completions. */
export function openAiCompletion(content: string, usage = { prompt_tokens: 1000, completion_tokens: 500 }) {
  return {
    id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
    object: 'chat.completion',
    created: 1741569952,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    service_tier: 'default',
    system_fingerprint: 'fp_06737a9306',
  };
}

/** OpenAI's error body for a status. */
export function openAiError(message: string, type: string, code: string | null) {
  return { error: { message, type, param: null, code } };
}

export const OPENAI_BAD_KEY = openAiError(
  'Incorrect API key provided: sk-abc12*****************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.',
  'invalid_request_error',
  'invalid_api_key',
);

export const OPENAI_UNKNOWN_MODEL = openAiError(
  'The model `gpt-9` does not exist or you do not have access to it.',
  'invalid_request_error',
  'model_not_found',
);

/** A 200 of POST /v1/messages. */
export function anthropicMessage(text: string, usage = { input_tokens: 1000, output_tokens: 500 }) {
  return {
    id: 'msg_013Zva2CMHLNnXjNJJKqJ2EF',
    type: 'message',
    role: 'assistant',
    model: 'claude-sonnet-4-20250514',
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { ...usage, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  };
}

/** Anthropic's error body for a status. */
export function anthropicError(type: string, message: string) {
  return { type: 'error', error: { type, message } };
}
