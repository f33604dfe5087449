// One answer of a model, from the API call to the verdict of the repository's own check: asked
// (errors become reasons), parsed, guarded, then run with its edits in place and judged.
import type { Completion, CompletionRequest, LlmSession } from '../../../llm/types.ts';
import type { CheckResult, Failure, FileEdit, WorkspaceReader } from '../../types.ts';
import { failureKey } from '../../verify/failure-key.ts';
import { judgeWhole, runWholeCheck } from '../logic/check-run.ts';
import type { LogicRunner } from '../logic/logic-runner.ts';
import { firstChangedLine, parseAnswer } from './answer-format.ts';
import type { FixContext } from './llm-context.ts';
import { guardEdits } from './patch-guard.ts';

export type Asked = { ok: true; completion: Completion } | { ok: false; reason: string };

// One call; whatever the session throws (budget, key, outage, a bug) becomes a reason.
export async function ask(session: LlmSession, request: CompletionRequest): Promise<Asked> {
  try {
    return { ok: true, completion: await session.complete(request) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stopped = session.stoppedReason();
    return { ok: false, reason: stopped && !message.includes(stopped) ? `${message} (${stopped})` : message };
  }
}

/** A candidate RIFT could not use (`stage` says where it failed) or one it ran. */
export type Trial =
  | { stage: 'parse' | 'guard'; reason: string }
  | {
      stage: 'run';
      edits: FileEdit[];
      description: string | null;
      /** As the gate would judge it: every check green, the failure gone with nothing new, or not. */
      judgement: 'pass' | 'partial' | 'fail';
      after: CheckResult;
      reason: string;
    };

// Parses, guards and runs one answer's patch through the failure's check.
export async function tryAnswer(text: string, failure: Failure, context: FixContext, runner: LogicRunner, workspace: WorkspaceReader): Promise<Trial> {
  const parsed = await parseAnswer(text, workspace, context.prompt.allowed);
  if (!parsed.ok) return { stage: 'parse', reason: parsed.reason };
  const guard = guardEdits(parsed.edits, context.prompt.allowed);
  if (guard) return { stage: 'guard', reason: guard };
  const after = await runWholeCheck(runner, context.check, workspace.root, parsed.edits, context.timeoutMs);
  const judgement = await judgeWhole(failure, context.baseline, after);
  return { stage: 'run', edits: parsed.edits, description: parsed.description, judgement, after, reason: runReason(judgement, after) };
}

function runReason(judgement: 'pass' | 'partial' | 'fail', after: CheckResult): string {
  const command = `\`${after.check.command}\``;
  if (judgement === 'pass') return `${command} passes with it`;
  if (judgement === 'partial') return `${command} no longer reports the failure and reports nothing new`;
  if (after.timedOut) return `${command} timed out with it`;
  return `${command} still fails with it (${after.failures.length} failure(s))`;
}

/** The behaviour of a run: the failures it leaves, by key; empty when the check passes. */
export function behaviourOf(after: CheckResult): string[] {
  if (after.passed) return [];
  if (after.failures.length === 0) return [after.timedOut ? '(timed out)' : '(failed, unplaced)'];
  return [...new Set(after.failures.map(failureKey))].sort();
}

/** The "what was done" of the fix line: the model's FIX line made safe, or a plain fallback. */
export function describeFix(description: string | null, edits: readonly FileEdit[]): string {
  const text = (description ?? '').replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
  if (text === '') return `edit ${edits.map((e) => e.file).join(', ')} as the model proposed`;
  const clipped = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  return clipped[0].toLowerCase() + clipped.slice(1);
}

/**
 * Patch.line: where the fix line places the fix. Only for a patch of one file, as the fix line then
 * names that file (a LOGIC failure shows in the test, the fix is in the code under test).
 */
export function fixedLine(edits: readonly FileEdit[]): { line?: number } {
  return edits.length === 1 ? { line: firstChangedLine(edits[0]) } : {};
}

/** Dollars to four decimals, for reasons. */
export function usd(amount: number): string {
  return `$${amount.toFixed(4)}`;
}
