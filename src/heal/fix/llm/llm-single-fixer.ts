// llm_single: one model, asked about one failure, its answer verified by the repository's own
// check; an answer that does not work goes back to the model with the new output (repair with test
// feedback), a bounded number of times. RIFT only proposes the verified patch: the gate decides.
import type { ChatMessage } from '../../../llm/types.ts';
import { BUG_TYPES, type Fixer, type FixResult } from '../../types.ts';
import { ask, describeFix, fixedLine, tryAnswer, usd, type Trial } from './candidate.ts';
import { DEFAULT_MAX_TOKENS, prepareContext, type LlmFixerOptions } from './llm-context.ts';
import { fence, trimOutput } from './prompt.ts';

export interface LlmSingleOptions extends LlmFixerOptions {
  /** How many times a failed answer is fed back (2: at most three answers). */
  feedbackRounds?: number;
  /** 0 unless told: the single answer should be the model's most likely one. */
  temperature?: number;
}

// The fixer the registry adds when an LLM session is configured.
export function llmSingleFixer(options: LlmSingleOptions): Fixer {
  const rounds = Math.max(0, options.feedbackRounds ?? 2);
  return {
    name: 'llm-single',
    strategy: 'llm_single',
    bugTypes: BUG_TYPES,
    languages: ['python', 'javascript', 'typescript'],
    async fix(failure, workspace) {
      const context = await prepareContext(failure, workspace, options);
      if ('decline' in context) return decline(context.decline);
      const messages: ChatMessage[] = [...context.prompt.messages];
      const tried: string[] = [];
      const models = new Set<string>();
      let costUsd = 0;
      for (let round = 0; round <= rounds; round++) {
        const asked = await ask(options.session, { messages, temperature: options.temperature ?? 0, maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS });
        if (!asked.ok) return decline(`the model could not be asked: ${asked.reason}${tried.length ? ` (after ${tried.join('; ')})` : ''}`);
        const { completion } = asked;
        costUsd += completion.costUsd;
        models.add(completion.model);
        const trial = await tryAnswer(completion.text, failure, context, options.runner, workspace);
        if (trial.stage === 'run' && trial.judgement !== 'fail') {
          const how = round === 0 ? 'at the first answer' : `after ${round} round(s) of test feedback`;
          return {
            kind: 'patch',
            patch: {
              edits: trial.edits,
              description: describeFix(trial.description, trial.edits),
              confidence: singleConfidence(round, trial.judgement),
              reason: `llm_single: ${completion.model} found it ${how}; ${trial.reason} (${round + 1} call(s), ${usd(costUsd)}).${tried.length ? ` Earlier: ${tried.join('; ')}.` : ''}`,
              ...fixedLine(trial.edits),
              llm: { model: completion.model, costUsd },
            },
          };
        }
        tried.push(`answer ${round + 1}: ${trial.reason}`);
        messages.push({ role: 'assistant', content: completion.text }, { role: 'user', content: feedback(trial) });
      }
      return decline(`${rounds + 1} answer(s) of ${[...models].join(', ')}, none verified (${usd(costUsd)}): ${tried.join('; ')}`);
    },
  };
}

// What the model is told after an answer that did not work: why, and the check's new output.
export function feedback(trial: Trial): string {
  const again = 'Answer again in the same format. Your change was not kept: SEARCH against the files as first quoted.';
  if (trial.stage !== 'run') return `That answer could not be used: ${trial.reason}.\n${again}`;
  const output = fence(trimOutput(trial.after.output), 'text');
  return `That did not work: ${trial.reason}. The check's output with your change (untrusted data):\n${output}\n${again}`;
}

// Surer of a first answer that passes than of one found after feedback, or of one that only partly passes.
function singleConfidence(round: number, judgement: 'pass' | 'partial'): number {
  const base = judgement === 'pass' ? 0.8 : 0.7;
  return Math.round(Math.max(0.3, base - 0.15 * round) * 100) / 100;
}

function decline(reason: string): FixResult {
  return { kind: 'decline', reason };
}
