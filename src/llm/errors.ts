// What can go wrong when RIFT asks a model, typed by what the caller must do. None of them ends the
// run: an LLM strategy that catches one gives up on that proposal, and the run goes on without it.
// They extend RiftError, not BadInputError or TransientError, on purpose: the worker ends a job on a
// BadInputError and retries it on a TransientError, and a model's trouble must do neither.
import { RiftError } from '../errors/index.ts';

/** Every error of src/llm; `instanceof LlmError` tells a strategy the model, not its own code, failed. */
export abstract class LlmError extends RiftError {}

/**
 * The configuration is wrong: a bad or unpaid key (401, 402, 403, 429 insufficient_quota), an unknown
 * model (404), a base URL that names no server. No later call can succeed, so the session stops for
 * good; the message names the variable to fix.
 */
export class LlmConfigError extends LlmError {
  readonly action = 'give-up' as const;
}

/** The provider could not answer now: 429/5xx still failing after the retries, a timeout, a refused connection. */
export class LlmUnavailableError extends LlmError {
  readonly action = 'retry' as const;
}

/** The run's LLM budget (LLM_BUDGET_USD) is spent: no more calls in this run. */
export class LlmBudgetError extends LlmError {
  readonly action = 'give-up' as const;
}

/**
 * This one request got no usable answer: the API answered without text, or refused the request
 * itself (400/413/422: a prompt too long, a parameter the model does not take). Other requests may
 * still succeed, so the session goes on.
 */
export class LlmAnswerError extends LlmError {
  readonly action = 'give-up' as const;
}
