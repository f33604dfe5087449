// A run's access to the models (LlmSession): secrets are redacted before a message leaves the
// machine, each call's cost is added up against the run's budget, and a configuration error stops
// every later call, so the run goes on without LLM instead of failing the same way at each fix.
import { redactSecrets } from '../heal/record/redact.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { LlmConfig } from './config.ts';
import { LlmBudgetError, LlmConfigError, type LlmError } from './errors.ts';
import { costOfAnswer } from './pricing.ts';
import type { Completion, CompletionRequest, LlmProvider, LlmSession } from './types.ts';

export interface LlmSessionOptions {
  provider: LlmProvider;
  config: Pick<LlmConfig, 'model' | 'consensusModel' | 'budgetUsd' | 'prices'>;
  /** Replaces secrets in a message's text; redactSecrets unless a test or caller passes another. */
  redact?: (text: string) => string;
  /** Called after each call with the run's total so far (the pipeline writes run:{id}:cost_usd); a failure is logged, not thrown. */
  onCost?: (totalUsd: number, completion: Completion) => void | Promise<void>;
  /** Called after each call with the request as sent (redacted) and the answer: the pipeline stores both in the trace. A failure is logged, not thrown. */
  onExchange?: (sent: CompletionRequest, completion: Completion) => void | Promise<void>;
  logger?: Logger;
}

/** An LlmSession over one provider for one run. */
export function createLlmSession(options: LlmSessionOptions): LlmSession {
  const { provider, config } = options;
  const redact = options.redact ?? redactSecrets;
  const logger = options.logger ?? silentLogger;
  const unpriced = new Set<string>();
  let spent = 0;
  let stopped: LlmError | null = null;

  // Calls already in flight when the budget runs out finish and are counted: the check is before each call.
  function refuseWhenStopped(): void {
    if (stopped) throw stopped;
    if (spent >= config.budgetUsd) {
      stopped = new LlmBudgetError(`the run's LLM budget of $${config.budgetUsd} (LLM_BUDGET_USD) is spent ($${Number(spent.toFixed(6))})`);
      logger.info({ spentUsd: spent, budgetUsd: config.budgetUsd }, 'llm budget spent: no more llm calls in this run');
      throw stopped;
    }
  }

  // A model the price table does not know costs 0; said once per model so the cost is known to be unknown.
  function warnWhenUnpriced(request: CompletionRequest, completion: Completion): void {
    const asked = request.model ?? provider.model;
    if (unpriced.has(asked) || costOfAnswer(asked, completion.model, completion.usage, config.prices).known) return;
    unpriced.add(asked);
    logger.warn({ model: asked, answeredBy: completion.model }, 'llm model has no price: its cost counts as 0 (set LLM_PRICES)');
  }

  async function report(sent: CompletionRequest, completion: Completion): Promise<void> {
    try {
      await options.onCost?.(spent, completion);
    } catch (error) {
      logger.warn({ err: error, spentUsd: spent }, 'llm cost could not be recorded');
    }
    try {
      await options.onExchange?.(sent, completion);
    } catch (error) {
      logger.warn({ err: error, model: completion.model }, 'llm exchange could not be recorded');
    }
  }

  return {
    models: config.consensusModel ? [config.model, config.consensusModel] : [config.model],

    async complete(request: CompletionRequest, signal?: AbortSignal): Promise<Completion> {
      refuseWhenStopped();
      const sent = { ...request, messages: request.messages.map((message) => ({ ...message, content: redact(message.content) })) };
      let completion: Completion;
      try {
        completion = await provider.complete(sent, signal);
      } catch (error) {
        if (error instanceof LlmConfigError) {
          stopped = error;
          logger.warn({ provider: provider.name, reason: error.message }, 'llm configuration error: no more llm calls in this run');
        }
        throw error;
      }
      spent += completion.costUsd;
      warnWhenUnpriced(request, completion);
      await report(sent, completion);
      return completion;
    },

    spentUsd: () => spent,

    stoppedReason: () => stopped?.message ?? null,
  };
}
