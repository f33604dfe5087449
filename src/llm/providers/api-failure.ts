// Turns what an API answered (an HTTP status and its error body) or why it could not be reached into
// the error that tells the caller what to do. Shared by both adapters: the two SDKs raise different
// classes, but the statuses mean the same and the fix is the same variable.
import { redactSecrets } from '../../heal/record/redact.ts';
import type { LlmConfig } from '../config.ts';
import { LlmAnswerError, LlmConfigError, LlmUnavailableError, type LlmError } from '../errors.ts';

/** Where a call went, so a message can say which server, model and variable are at fault. */
export interface CallContext {
  /** 'the OpenAI API', 'the OpenAI-compatible server', 'the Anthropic API'. */
  label: string;
  baseUrl: string;
  model: string;
  /** LLM_MODEL or LLM_CONSENSUS_MODEL: whichever names `model`. */
  modelVariable: string;
  timeoutMs: number;
  maxRetries: number;
}

/** The context of one call to `model` through `config`. */
export function callContext(config: LlmConfig, label: string, baseUrl: string, model: string): CallContext {
  const modelVariable = model === config.consensusModel && model !== config.model ? 'LLM_CONSENSUS_MODEL' : 'LLM_MODEL';
  return { label, baseUrl, model, modelVariable, timeoutMs: config.timeoutMs, maxRetries: config.maxRetries };
}

/** The parts of an API's error answer that matter, read from either SDK's APIError. */
export interface ApiFailure {
  status: number;
  /** The body's error code, else its type: invalid_api_key, model_not_found, insufficient_quota, not_found_error... */
  code: string | null;
  /** The body's human-readable message. */
  message: string;
}

/** The error for an HTTP error answer that the SDK's retries did not get past. */
export function errorFromStatus(failure: ApiFailure, context: CallContext): LlmError {
  const { status, code } = failure;
  const where = `${context.label} at ${context.baseUrl}`;
  // No "code: message" here: the redaction rules read `invalid_api_key: Incorrect` as a key's value.
  const detail = `(${status}${code ? ` ${code}` : ''}, "${failure.message}")`;
  const say = (text: string) => redactSecrets(text);
  if (status === 401) return new LlmConfigError(say(`${where} rejected the API key ${detail}: set LLM_API_KEY to a valid key`));
  if (status === 402 || code === 'insufficient_quota') {
    return new LlmConfigError(say(`${where} has no credit for the API key ${detail}: check the billing of LLM_API_KEY's account`));
  }
  if (status === 403) {
    return new LlmConfigError(say(`${where} denied the API key access ${detail}: check what LLM_API_KEY may use (model ${context.model})`));
  }
  if (status === 404 && (code === 'model_not_found' || /model/i.test(failure.message))) {
    return new LlmConfigError(say(`${where} does not know the model "${context.model}" ${detail}: set ${context.modelVariable} to a model it serves`));
  }
  if (status === 404) {
    return new LlmConfigError(say(`${where} has no such endpoint ${detail}: check LLM_BASE_URL (an OpenAI-compatible server's URL usually ends in /v1)`));
  }
  if (status === 408 || status === 409 || status === 429 || status >= 500) {
    const why = status === 429 ? 'still rate-limits' : 'still fails';
    return new LlmUnavailableError(say(`${where} ${why} after ${retries(context)} ${detail}`));
  }
  return new LlmAnswerError(say(`${where} refused the request ${detail}`));
}

/** The error for a call that never got an answer: a timeout, an unknown host, a refused connection. */
export function errorFromConnection(timedOut: boolean, cause: unknown, context: CallContext): LlmError {
  const where = `${context.label} at ${context.baseUrl}`;
  if (timedOut) {
    return new LlmUnavailableError(`${where} did not answer within ${context.timeoutMs} ms (LLM_TIMEOUT_MS), after ${retries(context)}`);
  }
  const reason = connectionReason(cause);
  // An unknown host will not appear by itself: a typo in the URL, so no later call can succeed.
  if (reason === 'ENOTFOUND') {
    return new LlmConfigError(redactSecrets(`${where} does not exist (ENOTFOUND): check the host in LLM_BASE_URL`), { cause });
  }
  return new LlmUnavailableError(redactSecrets(`${where} could not be reached (${reason}) after ${retries(context)}`), { cause });
}

/** The body's message of an SDK error, whichever shape its `error` field has. */
export function bodyMessage(body: unknown, fallback: string): string {
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 300);
  if (body && typeof body === 'object') {
    const record = body as { message?: unknown; error?: { message?: unknown } };
    const message = record.error?.message ?? record.message;
    if (typeof message === 'string' && message.trim()) return message.trim();
  }
  return fallback;
}

function retries(context: CallContext): string {
  return context.maxRetries === 1 ? '1 retry' : `${context.maxRetries} retries`;
}

// fetch wraps the system error (ECONNREFUSED, ENOTFOUND...) a level or two down its `cause` chain;
// without one, the innermost message says more than fetch's own "fetch failed".
function connectionReason(error: unknown): string {
  let current: unknown = error;
  let message = 'connection error';
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const { code, cause, message: text } = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    if (typeof text === 'string' && text) message = text;
    current = cause;
  }
  return message;
}
