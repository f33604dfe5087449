// llm_consensus: several independent answers (samples, spread over the configured models), each
// parsed, guarded and run through the failure's check; the largest group of candidates that behave
// alike and read alike, among those the gate would keep, wins. How they voted is kept with the fix.
import type { LlmSession } from '../../../llm/types.ts';
import { BUG_TYPES, type Fixer, type FixResult } from '../../types.ts';
import { ask, describeFix, fixedLine, tryAnswer, usd, type Trial } from './candidate.ts';
import { DEFAULT_MAX_TOKENS, prepareContext, type LlmFixerOptions } from './llm-context.ts';
import { agreement, tally, type Sample } from './votes.ts';

export interface LlmConsensusOptions extends LlmFixerOptions {
  /** Independent answers to ask for; 3 unless told. */
  samples?: number;
  /** High enough for the samples to differ; 0.7 unless told. */
  temperature?: number;
}

// The fixer the registry adds when an LLM session is configured.
export function llmConsensusFixer(options: LlmConsensusOptions): Fixer {
  const samples = Math.max(1, options.samples ?? 3);
  return {
    name: 'llm-consensus',
    strategy: 'llm_consensus',
    bugTypes: BUG_TYPES,
    languages: ['python', 'javascript', 'typescript'],
    async fix(failure, workspace) {
      const context = await prepareContext(failure, workspace, options);
      if ('decline' in context) return decline(context.decline);
      const models = sampleModels(options.session, samples);
      // The calls go out together; the runs, which share the workspace, one after the other.
      const answers = await Promise.all(
        models.map((model) => ask(options.session, { messages: context.prompt.messages, temperature: options.temperature ?? 0.7, maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS, model })),
      );
      const costUsd = answers.reduce((sum, a) => sum + (a.ok ? a.completion.costUsd : 0), 0);
      const ran = new Map<string, Trial>();
      const votes: Sample[] = [];
      for (const [index, answer] of answers.entries()) {
        if (!answer.ok) {
          votes.push({ model: models[index], trial: null, error: answer.reason });
          continue;
        }
        // The same answer twice is run once (exact text: in Python, spacing is behaviour).
        const trial = ran.get(answer.completion.text) ?? (await tryAnswer(answer.completion.text, failure, context, options.runner, workspace));
        ran.set(answer.completion.text, trial);
        votes.push({ model: answer.completion.model, trial });
      }
      if (votes.every((v) => v.trial === null)) return decline(`no candidate: the model could not be asked (${votes[0]?.error ?? 'no model'})`);

      const { winner, groups, votes: record } = tally(votes);
      if (!winner) {
        const summary = groups.map((g) => `${g.size} × ${g.trial.reason}`).concat(record.rejected.map((r) => `${r.model}: ${r.reason}`));
        return decline(`${samples} candidate(s), none verified (${usd(costUsd)}): ${summary.join('; ')}`);
      }
      const { trial } = winner;
      const model = winner.models.join('+');
      return {
        kind: 'patch',
        patch: {
          edits: trial.edits,
          description: describeFix(trial.description, trial.edits),
          confidence: agreement(winner, record.parsed),
          reason: `llm_consensus: ${winner.size} of ${record.parsed} parsed candidate(s) (${samples} asked, ${[...new Set(models)].join(', ')}) agree; ${trial.reason}; ${groups.length} group(s) in all (${usd(costUsd)}).`,
          ...fixedLine(trial.edits),
          llm: { model, costUsd, votes: record },
        },
      };
    },
  };
}

// The model of each sample: the default, with the second configured model taking every other one.
export function sampleModels(session: Pick<LlmSession, 'models'>, samples: number): string[] {
  const models = session.models.length > 0 ? session.models : [''];
  return Array.from({ length: samples }, (_, i) => models[i % models.length]);
}

function decline(reason: string): FixResult {
  return { kind: 'decline', reason };
}
