// What both LLM strategies gather before asking anything: the failing check's own output, the
// fault localisation for a LOGIC failure, and the prompt built from them.
import type { LlmSession } from '../../../llm/types.ts';
import { localiseFault, type Localisation } from '../../localise/index.ts';
import type { Check, CheckResult, Failure, WorkspaceReader } from '../../types.ts';
import { languageOf } from '../language.ts';
import { lazyBaseline, type Baseline } from '../logic/check-run.ts';
import type { LogicRunner } from '../logic/logic-runner.ts';
import { buildPrompt, type Prompt } from './prompt.ts';

/** What both LLM fixers take. */
export interface LlmFixerOptions {
  session: LlmSession;
  /** Runs the failure's check with a candidate in place (the runner LOGIC repair uses). */
  runner: LogicRunner;
  /** Cap on one run of the check, and on the localisation (ms). */
  timeoutMs?: number;
  /** Cap on an answer's tokens. */
  maxTokens?: number;
  /** Cap on the code quoted in the prompt (characters). */
  maxCodeChars?: number;
}

export const DEFAULT_RUN_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_TOKENS = 2000;

export interface FixContext {
  check: Check;
  baseline: Baseline;
  /** The check on the unchanged code. */
  before: CheckResult;
  localisation?: Localisation;
  prompt: Prompt;
  timeoutMs: number;
}

// Everything needed to ask about `failure`, or why there is no point asking.
export async function prepareContext(failure: Failure, workspace: WorkspaceReader, options: LlmFixerOptions): Promise<FixContext | { decline: string }> {
  const stopped = options.session.stoppedReason();
  if (stopped) return { decline: `the LLM session has stopped: ${stopped}` };
  const language = languageOf(failure.file);
  if (!language) return { decline: `${failure.file} is not Python, JavaScript or TypeScript` };
  const check = options.runner.check(failure.check);
  if (!check) return { decline: `no check "${failure.check}" to verify an answer with` };
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;

  const baseline = lazyBaseline(options.runner, check, workspace.root, timeoutMs);
  const before = await baseline.get();
  if (before.passed) return { decline: `\`${check.command}\` passes now: there is nothing to fix` };
  const localisation =
    failure.bugType === 'LOGIC'
      ? await localiseFault({ failure, failures: before.failures.filter((f) => f.bugType === 'LOGIC'), check, runner: options.runner, reader: workspace, timeoutMs: timeoutMs / 2 })
      : undefined;
  const prompt = await buildPrompt({ failure, check, output: before.output, reader: workspace, language, localisation, maxCodeChars: options.maxCodeChars });
  if (prompt.allowed.length === 0) {
    return { decline: `no file RIFT may edit is in the failure's context (quoted: ${prompt.quoted.join(', ') || 'nothing'})` };
  }
  return { check, baseline, before, localisation, prompt, timeoutMs };
}
