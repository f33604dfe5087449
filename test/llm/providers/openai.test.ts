import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { LlmAnswerError, LlmConfigError, LlmUnavailableError } from '../../../src/llm/errors.ts';
import { createOpenAiProvider } from '../../../src/llm/providers/openai.ts';
import type { CompletionRequest } from '../../../src/llm/types.ts';
import { nock, useStrictHttpMock } from '../../helpers/http-mock.ts';
import { OPENAI_BAD_KEY, OPENAI_UNKNOWN_MODEL, OPENAI_URL, openAiCompletion, openAiError, testConfig } from '../wire.ts';

const REQUEST: CompletionRequest = {
  messages: [
    { role: 'system', content: 'You fix Python lint errors.' },
    { role: 'user', content: 'Fix: F401 os imported but unused' },
  ],
  temperature: 0.2,
  maxTokens: 256,
};

// Fast retries: the SDK waits what retry-after-ms says instead of its 0.5 s+ backoff.
const NO_WAIT = { 'retry-after-ms': '1' };

describe('the OpenAI adapter', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('sends the chat completion request and returns the text, usage and cost', async () => {
    let body: Record<string, unknown> = {};
    let auth: string | undefined;
    const scope = nock(OPENAI_URL)
      .post('/v1/chat/completions', (sent: Record<string, unknown>) => ((body = sent), true))
      .reply(function reply() {
        auth = this.req.headers.authorization;
        return [200, openAiCompletion('import sys', { prompt_tokens: 1000, completion_tokens: 500 })];
      });

    const completion = await createOpenAiProvider(testConfig()).complete(REQUEST);

    scope.done();
    expect(body).toMatchObject({ model: 'gpt-4o-mini', temperature: 0.2, max_tokens: 256, messages: REQUEST.messages });
    expect(auth).toBe('Bearer test-key-not-a-secret');
    expect(completion.text).toBe('import sys');
    expect(completion.model).toBe('gpt-4o-mini-2024-07-18');
    expect(completion.usage).toEqual({ inputTokens: 1000, outputTokens: 500 });
    // gpt-4o-mini: $0.15 per million in, $0.60 per million out.
    expect(completion.costUsd).toBeCloseTo(0.00045, 10);
  });

  it('asks a reasoning model with max_completion_tokens and no temperature', async () => {
    let body: Record<string, unknown> = {};
    nock(OPENAI_URL)
      .post('/v1/chat/completions', (sent: Record<string, unknown>) => ((body = sent), true))
      .reply(200, { ...openAiCompletion('ok'), model: 'o4-mini-2025-04-16' });

    await createOpenAiProvider(testConfig({ model: 'o4-mini' })).complete(REQUEST);

    expect(body).toMatchObject({ model: 'o4-mini', max_completion_tokens: 256 });
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_tokens');
  });

  it('talks to a local OpenAI-compatible server at LLM_BASE_URL without a key, at no cost', async () => {
    const scope = nock('http://ollama.test:11434')
      .post('/v1/chat/completions')
      .reply(200, { ...openAiCompletion('done'), model: 'qwen2.5-coder:7b' });
    const config = testConfig({ baseUrl: 'http://ollama.test:11434/v1', apiKey: undefined, model: 'qwen2.5-coder:7b' });

    const completion = await createOpenAiProvider(config).complete(REQUEST);

    scope.done();
    expect(completion.text).toBe('done');
    expect(completion.costUsd).toBe(0);
  });

  it.each([
    ['no choices', { ...openAiCompletion('x'), choices: [] }],
    ['empty content', openAiCompletion('')],
    ['a refusal', { ...openAiCompletion('x'), choices: [{ index: 0, message: { role: 'assistant', content: null, refusal: "I can't help with that." }, logprobs: null, finish_reason: 'stop' }] }],
  ])('throws LlmAnswerError on a 200 with %s', async (_what, answer) => {
    nock(OPENAI_URL).post('/v1/chat/completions').reply(200, answer);

    const call = createOpenAiProvider(testConfig()).complete(REQUEST);

    await expect(call).rejects.toBeInstanceOf(LlmAnswerError);
  });

  it('retries a 429 and returns the answer that follows', async () => {
    const scope = nock(OPENAI_URL)
      .post('/v1/chat/completions')
      .reply(429, openAiError('Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3.', 'requests', 'rate_limit_exceeded'), { 'retry-after': '0' })
      .post('/v1/chat/completions')
      .reply(200, openAiCompletion('after the wait'));

    const completion = await createOpenAiProvider(testConfig()).complete(REQUEST);

    scope.done();
    expect(completion.text).toBe('after the wait');
  });

  it('retries 500 twice, then returns the answer', async () => {
    const scope = nock(OPENAI_URL)
      .post('/v1/chat/completions')
      .twice()
      .reply(500, openAiError('The server had an error while processing your request.', 'server_error', null), NO_WAIT)
      .post('/v1/chat/completions')
      .reply(200, openAiCompletion('third time'));

    const completion = await createOpenAiProvider(testConfig({ maxRetries: 2 })).complete(REQUEST);

    scope.done();
    expect(completion.text).toBe('third time');
  });

  it('throws LlmUnavailableError when 429 outlasts the retries', async () => {
    const scope = nock(OPENAI_URL)
      .post('/v1/chat/completions')
      .twice()
      .reply(429, openAiError('Rate limit reached', 'requests', 'rate_limit_exceeded'), NO_WAIT);

    const call = createOpenAiProvider(testConfig({ maxRetries: 1 })).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmUnavailableError);
    await expect(call).rejects.toThrow(/still rate-limits after 1 retry/);
    scope.done();
  });

  it('throws LlmUnavailableError when the answer takes longer than the timeout', async () => {
    nock(OPENAI_URL).post('/v1/chat/completions').delay(1500).reply(200, openAiCompletion('too late'));

    const call = createOpenAiProvider(testConfig({ timeoutMs: 100, maxRetries: 0 })).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmUnavailableError);
    await expect(call).rejects.toThrow(/did not answer within 100 ms \(LLM_TIMEOUT_MS\)/);
  });

  it('throws LlmConfigError naming LLM_API_KEY on a bad key, without retrying', async () => {
    const scope = nock(OPENAI_URL).post('/v1/chat/completions').once().reply(401, OPENAI_BAD_KEY);

    const call = createOpenAiProvider(testConfig({ maxRetries: 2 })).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/rejected the API key \(401 invalid_api_key, "Incorrect API key provided.*set LLM_API_KEY/);
    scope.done();
  });

  it('throws LlmConfigError naming LLM_MODEL on an unknown model', async () => {
    nock(OPENAI_URL).post('/v1/chat/completions').reply(404, OPENAI_UNKNOWN_MODEL);

    const call = createOpenAiProvider(testConfig({ model: 'gpt-9' })).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/does not know the model "gpt-9" \(404 model_not_found, "The model `gpt-9` does not exist.*set LLM_MODEL/);
  });

  it('names LLM_CONSENSUS_MODEL when the unknown model is the consensus one', async () => {
    nock(OPENAI_URL).post('/v1/chat/completions').reply(404, OPENAI_UNKNOWN_MODEL);

    const call = createOpenAiProvider(testConfig({ consensusModel: 'gpt-9' })).complete({ ...REQUEST, model: 'gpt-9' });

    await expect(call).rejects.toThrow(/set LLM_CONSENSUS_MODEL/);
  });

  it('throws LlmConfigError naming LLM_BASE_URL when the server has no such endpoint', async () => {
    nock('http://vllm.test:8000').post('/chat/completions').reply(404, '404 page not found', { 'content-type': 'text/plain' });

    const call = createOpenAiProvider(testConfig({ baseUrl: 'http://vllm.test:8000' })).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/no such endpoint .*check LLM_BASE_URL/);
  });

  it('throws LlmConfigError when the account has no quota left (a 429 retries cannot pass)', async () => {
    nock(OPENAI_URL)
      .post('/v1/chat/completions')
      .twice()
      .reply(429, openAiError('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota'), NO_WAIT);

    const call = createOpenAiProvider(testConfig()).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/LLM_API_KEY/);
  });

  it('throws LlmUnavailableError when nothing listens at the base URL', async () => {
    const port = await closedPort();
    const config = testConfig({ baseUrl: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });

    const call = createOpenAiProvider(config).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmUnavailableError);
    await expect(call).rejects.toThrow(/could not be reached \(ECONNREFUSED\)/);
  });
});

// A port nothing listens on: one the system just gave out and took back.
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
