import { describe, expect, it } from 'vitest';
import { LlmAnswerError, LlmConfigError, LlmUnavailableError } from '../../../src/llm/errors.ts';
import { createAnthropicProvider } from '../../../src/llm/providers/anthropic.ts';
import type { CompletionRequest } from '../../../src/llm/types.ts';
import { nock, useStrictHttpMock } from '../../helpers/http-mock.ts';
import { ANTHROPIC_URL, anthropicError, anthropicMessage, testConfig } from '../wire.ts';

const REQUEST: CompletionRequest = {
  messages: [
    { role: 'system', content: 'You fix TypeScript type errors.' },
    { role: 'user', content: "TS2322: Type 'string' is not assignable to type 'number'." },
  ],
  temperature: 1.4,
};

const CONFIG = testConfig({ provider: 'anthropic', model: 'claude-sonnet-4-20250514' });

// Anthropic's SDK ignores retry-after: 0 (it backs off 0.5 s+ instead); retry-after-ms: 1 keeps tests fast.
const NO_WAIT = { 'retry-after-ms': '1' };

describe('the Anthropic adapter', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('sends the system prompt apart, joins the text blocks and returns usage and cost', async () => {
    let body: Record<string, unknown> = {};
    let key: string | undefined;
    const answer = { ...anthropicMessage('x'), content: [{ type: 'text', text: 'const n = ' }, { type: 'text', text: 'Number(s);' }] };
    const scope = nock(ANTHROPIC_URL)
      .post('/v1/messages', (sent: Record<string, unknown>) => ((body = sent), true))
      .reply(function reply() {
        // SDK 0.x sent the key as x-api-key; 1.x sends it as a bearer token.
        key = this.req.headers['x-api-key'] ?? this.req.headers.authorization?.replace(/^Bearer /, '');
        return [200, answer];
      });

    const completion = await createAnthropicProvider(CONFIG).complete(REQUEST);

    scope.done();
    expect(body).toEqual({
      model: 'claude-sonnet-4-20250514',
      max_tokens: 4096,
      system: 'You fix TypeScript type errors.',
      messages: [{ role: 'user', content: REQUEST.messages[1].content }],
      temperature: 1,
    });
    expect(key).toBe('test-key-not-a-secret');
    expect(completion.text).toBe('const n = Number(s);');
    expect(completion.model).toBe('claude-sonnet-4-20250514');
    expect(completion.usage).toEqual({ inputTokens: 1000, outputTokens: 500 });
    // claude-sonnet-4: $3 per million in, $15 per million out.
    expect(completion.costUsd).toBeCloseTo(0.0105, 10);
  });

  it.each([
    ['no content block', { ...anthropicMessage('x'), content: [] }],
    ['no text block', { ...anthropicMessage('x'), content: [{ type: 'tool_use', id: 'toolu_01', name: 'edit', input: {} }], stop_reason: 'tool_use' }],
  ])('throws LlmAnswerError on a 200 with %s', async (_what, answer) => {
    nock(ANTHROPIC_URL).post('/v1/messages').reply(200, answer);

    const call = createAnthropicProvider(CONFIG).complete(REQUEST);

    await expect(call).rejects.toBeInstanceOf(LlmAnswerError);
  });

  it('throws LlmAnswerError on a 200 whose body is not JSON', async () => {
    nock(ANTHROPIC_URL).post('/v1/messages').reply(200, '<html>gateway</html>', { 'content-type': 'application/json' });

    const call = createAnthropicProvider(CONFIG).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmAnswerError);
    await expect(call).rejects.toThrow(/unreadable answer/);
  });

  it('retries a 429 and returns the answer that follows', async () => {
    const scope = nock(ANTHROPIC_URL)
      .post('/v1/messages')
      .reply(429, anthropicError('rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'), NO_WAIT)
      .post('/v1/messages')
      .reply(200, anthropicMessage('after the wait'));

    const completion = await createAnthropicProvider(CONFIG).complete(REQUEST);

    scope.done();
    expect(completion.text).toBe('after the wait');
  });

  it('retries 500 and 529 overloaded, then returns the answer', async () => {
    const scope = nock(ANTHROPIC_URL)
      .post('/v1/messages')
      .reply(500, anthropicError('api_error', 'Internal server error'), NO_WAIT)
      .post('/v1/messages')
      .reply(529, anthropicError('overloaded_error', 'Overloaded'), NO_WAIT)
      .post('/v1/messages')
      .reply(200, anthropicMessage('third time'));

    const completion = await createAnthropicProvider({ ...CONFIG, maxRetries: 2 }).complete(REQUEST);

    scope.done();
    expect(completion.text).toBe('third time');
  });

  it('throws LlmUnavailableError when 529 outlasts the retries', async () => {
    const scope = nock(ANTHROPIC_URL).post('/v1/messages').twice().reply(529, anthropicError('overloaded_error', 'Overloaded'), NO_WAIT);

    const call = createAnthropicProvider({ ...CONFIG, maxRetries: 1 }).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmUnavailableError);
    await expect(call).rejects.toThrow(/still fails after 1 retry \(529 overloaded_error/);
    scope.done();
  });

  it('throws LlmUnavailableError when the answer takes longer than the timeout', async () => {
    nock(ANTHROPIC_URL).post('/v1/messages').delay(1500).reply(200, anthropicMessage('too late'));

    const call = createAnthropicProvider({ ...CONFIG, timeoutMs: 100, maxRetries: 0 }).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmUnavailableError);
    await expect(call).rejects.toThrow(/did not answer within 100 ms \(LLM_TIMEOUT_MS\)/);
  });

  it('throws LlmConfigError naming LLM_API_KEY on a bad key, without retrying', async () => {
    const scope = nock(ANTHROPIC_URL).post('/v1/messages').once().reply(401, anthropicError('authentication_error', 'invalid x-api-key'));

    const call = createAnthropicProvider({ ...CONFIG, maxRetries: 2 }).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/rejected the API key \(401 authentication_error, "invalid x-api-key"\): set LLM_API_KEY/);
    scope.done();
  });

  it('throws LlmConfigError naming LLM_MODEL on an unknown model', async () => {
    nock(ANTHROPIC_URL).post('/v1/messages').reply(404, anthropicError('not_found_error', 'model: claude-9'));

    const call = createAnthropicProvider({ ...CONFIG, model: 'claude-9' }).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmConfigError);
    await expect(call).rejects.toThrow(/does not know the model "claude-9" .*set LLM_MODEL/);
  });

  it('throws LlmAnswerError, not a config error, when the API refuses one request', async () => {
    nock(ANTHROPIC_URL).post('/v1/messages').reply(400, anthropicError('invalid_request_error', 'prompt is too long: 210000 tokens > 200000 maximum'));

    const call = createAnthropicProvider(CONFIG).complete(REQUEST);

    await expect(call).rejects.toThrow(LlmAnswerError);
    await expect(call).rejects.toThrow(/refused the request \(400 invalid_request_error, "prompt is too long/);
  });
});
