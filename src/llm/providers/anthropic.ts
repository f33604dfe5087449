// The adapter for Anthropic's Messages API. The SDK times out and retries 429/5xx/529 itself, with
// exponential backoff that honours retry-after; this file only shapes requests and answers.
import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { LlmConfig } from '../config.ts';
import { LlmAnswerError, LlmConfigError } from '../errors.ts';
import { costOfAnswer } from '../pricing.ts';
import type { Completion, CompletionRequest, LlmProvider } from '../types.ts';
import { bodyMessage, callContext, errorFromConnection, errorFromStatus, type CallContext } from './api-failure.ts';
import { ANTHROPIC_DEFAULT_MAX_TOKENS, type ProviderOptions } from './options.ts';

const ANTHROPIC_API_URL = 'https://api.anthropic.com';

/** An LlmProvider on `@anthropic-ai/sdk`; the config's own base URL and key, never ANTHROPIC_* from the environment. */
export function createAnthropicProvider(config: LlmConfig, options: ProviderOptions = {}): LlmProvider {
  const baseUrl = config.baseUrl ?? ANTHROPIC_API_URL;
  const client = new Anthropic({
    // A key passed in code is the client's only credential: it reads no ANTHROPIC_* variable for another.
    apiKey: config.apiKey ?? '',
    baseURL: baseUrl,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: options.fetch,
    logLevel: 'off',
  });
  return {
    name: 'anthropic',
    model: config.model,
    async complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion> {
      const model = request.model ?? config.model;
      const context = callContext(config, 'the Anthropic API', baseUrl, model);
      // readLlmConfig requires a key; a config built by hand without one fails here, not as an odd SDK error.
      if (!config.apiKey) throw new LlmConfigError(`${context.label} needs a key: set LLM_API_KEY`);
      let response: Message;
      try {
        response = await client.messages.create(requestBody(model, request, options), { signal });
      } catch (error) {
        throw toLlmError(error, context);
      }
      return toCompletion(response, model, config, context);
    },
  };
}

// The system prompt is a field of its own in the Messages API, not a message; Anthropic's
// temperature stops at 1 where OpenAI's goes to 2, so a consensus sample asks for at most 1.
function requestBody(model: string, request: CompletionRequest, options: ProviderOptions): MessageCreateParamsNonStreaming {
  const system = request.messages.filter((message) => message.role === 'system').map((message) => message.content);
  const messages = request.messages
    .filter((message) => message.role !== 'system')
    .map((message) => ({ role: message.role as 'user' | 'assistant', content: message.content }));
  return {
    model,
    max_tokens: request.maxTokens ?? options.defaultMaxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages,
    ...(system.length > 0 ? { system: system.join('\n\n') } : {}),
    ...(request.temperature === undefined ? {} : { temperature: Math.min(Math.max(request.temperature, 0), 1) }),
  };
}

// The answer's text blocks joined; an answer without any text is no answer.
function toCompletion(response: Message, model: string, config: LlmConfig, context: CallContext): Completion {
  const blocks = Array.isArray(response.content) ? response.content : [];
  const text = blocks.map((block) => (block.type === 'text' ? block.text : '')).join('');
  if (!text.trim()) {
    throw new LlmAnswerError(`${context.label} at ${context.baseUrl} answered without text (model ${model}, stop_reason ${response.stop_reason})`);
  }
  const usage = { inputTokens: response.usage?.input_tokens ?? 0, outputTokens: response.usage?.output_tokens ?? 0 };
  const answered = response.model || model;
  return { text, model: answered, usage, costUsd: costOfAnswer(model, answered, usage, config.prices).usd };
}

// The SDK's errors, by what the caller must do; an abort by the caller stays the SDK's own error.
function toLlmError(error: unknown, context: CallContext): unknown {
  if (error instanceof Anthropic.APIUserAbortError) return error;
  if (error instanceof Anthropic.APIConnectionTimeoutError) return errorFromConnection(true, error, context);
  if (error instanceof Anthropic.APIConnectionError) return errorFromConnection(false, error.cause, context);
  if (error instanceof Anthropic.APIError && typeof error.status === 'number') {
    const message = error.apiMessage ?? bodyMessage(error.error, error.message);
    return errorFromStatus({ status: error.status, code: error.errorCode ?? error.type ?? null, message }, context);
  }
  // Anything else came from reading the answer (a body that is not JSON): no answer to this request.
  const reason = error instanceof Error ? error.message : String(error);
  return new LlmAnswerError(`${context.label} at ${context.baseUrl} sent an unreadable answer (${reason})`, { cause: error });
}
