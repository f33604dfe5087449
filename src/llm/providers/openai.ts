// The adapter for OpenAI chat completions and every server that speaks them (Azure, Ollama, vLLM,
// llama.cpp, LM Studio) through LLM_BASE_URL. The SDK times out and retries 429/5xx itself, with
// exponential backoff that honours retry-after; this file only shapes requests and answers.
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { LlmConfig } from '../config.ts';
import { LlmAnswerError } from '../errors.ts';
import { costOfAnswer } from '../pricing.ts';
import type { Completion, CompletionRequest, LlmProvider } from '../types.ts';
import { bodyMessage, callContext, errorFromConnection, errorFromStatus, type CallContext } from './api-failure.ts';
import type { ProviderOptions } from './options.ts';

const OPENAI_API_URL = 'https://api.openai.com/v1';

// Local servers take no key, but the SDK refuses to start without one (Ollama's own docs pass a dummy).
const NO_KEY = 'no-key';

/** An LlmProvider on the `openai` SDK; the config's own base URL and key, never OPENAI_* from the environment. */
export function createOpenAiProvider(config: LlmConfig, options: ProviderOptions = {}): LlmProvider {
  const baseUrl = config.baseUrl ?? OPENAI_API_URL;
  const label = config.baseUrl ? 'the OpenAI-compatible server' : 'the OpenAI API';
  const client = new OpenAI({
    apiKey: config.apiKey ?? NO_KEY,
    baseURL: baseUrl,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: options.fetch,
    logLevel: 'off',
  });
  return {
    name: 'openai',
    model: config.model,
    async complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion> {
      const model = request.model ?? config.model;
      const context = callContext(config, label, baseUrl, model);
      let response: ChatCompletion;
      try {
        response = await client.chat.completions.create(requestBody(model, request, options), { signal });
      } catch (error) {
        throw toLlmError(error, context);
      }
      return toCompletion(response, model, config, context);
    },
  };
}

// Reasoning models (o1, o3, o4-mini, gpt-5) reject `temperature` and `max_tokens`; every other model,
// and every compatible server, takes them.
function requestBody(model: string, request: CompletionRequest, options: ProviderOptions): ChatCompletionCreateParamsNonStreaming {
  const maxTokens = request.maxTokens ?? options.defaultMaxTokens;
  const messages = request.messages.map((message) => ({ role: message.role, content: message.content }));
  if (/^(?:o\d|gpt-5)/i.test(model)) {
    return { model, messages, ...(maxTokens === undefined ? {} : { max_completion_tokens: maxTokens }) };
  }
  return {
    model,
    messages,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
  };
}

// A 200 without a choice or without text is no answer; usage may be missing on compatible servers.
function toCompletion(response: ChatCompletion, model: string, config: LlmConfig, context: CallContext): Completion {
  const message = response.choices?.[0]?.message;
  const text = typeof message?.content === 'string' ? message.content : '';
  if (!text.trim()) {
    const why = message?.refusal ? `refused: ${message.refusal}` : 'answered without text';
    throw new LlmAnswerError(`${context.label} at ${context.baseUrl} ${why} (model ${model})`);
  }
  const usage = { inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: response.usage?.completion_tokens ?? 0 };
  const answered = response.model || model;
  return { text, model: answered, usage, costUsd: costOfAnswer(model, answered, usage, config.prices).usd };
}

// The SDK's errors, by what the caller must do; an abort by the caller stays the SDK's own error.
function toLlmError(error: unknown, context: CallContext): unknown {
  if (error instanceof OpenAI.APIUserAbortError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return errorFromConnection(true, error, context);
  if (error instanceof OpenAI.APIConnectionError) return errorFromConnection(false, error.cause, context);
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const code = error.code ?? error.type ?? null;
    return errorFromStatus({ status: error.status, code, message: bodyMessage(error.error, error.message) }, context);
  }
  // Anything else came from reading the answer (a body that is not JSON): no answer to this request.
  const reason = error instanceof Error ? error.message : String(error);
  return new LlmAnswerError(`${context.label} at ${context.baseUrl} sent an unreadable answer (${reason})`, { cause: error });
}
