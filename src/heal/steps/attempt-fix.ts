// Works on one failure: asks the fixers of each strategy for a patch, applies it, lets the
// verification gate decide, and commits or undoes it. Every attempt is recorded.
import { createHash } from 'node:crypto';
import { insertFix, recordStrategyOutcome, updateFixStatus } from '../../store/index.ts';
import { formatFixLine } from '../../report/fix-line.ts';
import { markStaleExcept, updateBoard } from '../check-board.ts';
import type { FixOutcome, HealContext } from '../context.ts';
import { fixersFor } from '../fix/registry.ts';
import { languageOf } from '../fix/language.ts';
import { runCheck } from '../run/run-check.ts';
import type { BugType, Failure, Fixer, FixResult, Patch } from '../types.ts';
import { failureKey } from '../verify/failure-key.ts';
import { judgePatch } from '../verify/gate.ts';
import { rejectPatch } from '../verify/patch-guards.ts';
import { protectedReason } from '../verify/protected-paths.ts';
import { chooseStrategies, type StrategyPlan } from './choose-strategies.ts';
import { noteFailures } from './run-all-checks.ts';

/** Bug types whose fix is always in the file that shows them. */
const FIXED_IN_PLACE: readonly BugType[] = ['SYNTAX', 'INDENTATION', 'LINTING'];

/** Tries to fix `failure`; returns true when a patch was kept. */
export async function attemptFix(ctx: HealContext, failure: Failure): Promise<boolean> {
  const precondition = await whyNotFixable(ctx, failure);
  if (precondition) {
    await recordSkip(ctx, failure, precondition);
    return false;
  }
  const bugType = failure.bugType as BugType;
  const language = languageOf(failure.file)!;
  const candidates = fixersFor(failure, language, ctx.fixers);
  const plan = chooseStrategies(ctx.weights[bugType], candidates, ctx.exploration);
  await ctx.recorder.step('plan', 'choose_strategy', `${bugType} in ${failure.file} line ${failure.line}: ${plan.order.join(' > ') || 'no strategy'}`, {
    payload: { failure, weights: ctx.weights[bugType], order: plan.order, unavailable: plan.unavailable, explored: plan.explored },
    thought: planThought(plan, bugType, language),
  });

  const declines: string[] = [];
  let patchTried = false;
  for (const strategy of plan.order) {
    for (const fixer of candidates.filter((f) => f.strategy === strategy)) {
      const result = await proposeSafely(ctx, fixer, failure);
      if (result.kind === 'decline') {
        declines.push(`${fixer.name}: ${result.reason}`);
        continue;
      }
      patchTried = true;
      if (await tryPatch(ctx, failure, fixer, result.patch)) return true;
    }
  }
  if (!patchTried) {
    await recordSkip(ctx, failure, declines.length ? declines.join('; ') : `no fixer for ${bugType} in ${language} yet`);
  }
  if (!ctx.llm) noteModelMightHelp(ctx, failure);
  return false;
}

const MODEL_HINT = ' (no LLM is configured: an LLM strategy might fix it, see LLM_PROVIDER)';

// Issue 6: with no model configured, a failure every strategy at hand has tried says a model might
// have helped. Failures RIFT may not touch at all (ignored, protected) never get here.
function noteModelMightHelp(ctx: HealContext, failure: Failure): void {
  const key = failureKey(failure);
  const reason = ctx.reasons.get(key);
  if (reason !== undefined && !reason.endsWith(MODEL_HINT)) ctx.reasons.set(key, `${reason}${MODEL_HINT}`);
}

// Why this order: the trace's answer to "why did it try that first?".
function planThought(plan: StrategyPlan, bugType: BugType, language: string): string {
  if (!plan.order.length) return `No strategy has a fixer for ${bugType} in ${language}.`;
  const passedOver = `${plan.unavailable.join(', ') || 'none'} had no fixer for this failure.`;
  if (plan.explored) {
    const { promoted, over } = plan.explored;
    return `Exploring: ${promoted} goes before ${over}, the heaviest for ${bugType}, so a strategy that lost weight early can still earn it back; ${passedOver}`;
  }
  return `The knowledge base first (a lookup), then strategies by their learned weights for ${bugType}; ${passedOver}`;
}

/**
 * Asks one fixer for a patch. A fixer that throws is a bug of RIFT's, not of the repository: it is
 * logged and counted as a decline, so one broken fixer cannot end the run.
 */
async function proposeSafely(ctx: HealContext, fixer: Fixer, failure: Failure): Promise<FixResult> {
  try {
    return await fixer.fix(failure, ctx.reader);
  } catch (error) {
    ctx.logger.error({ err: error, runId: ctx.runId, fixer: fixer.name, file: failure.file }, 'fixer threw');
    return { kind: 'decline', reason: `the fixer failed: ${(error as Error).message}` };
  }
}

/** Why RIFT will not touch this failure at all, or null when it may try. */
async function whyNotFixable(ctx: HealContext, failure: Failure): Promise<string | null> {
  if (failure.bugType === null) return `not classified (${failure.tool} ${failure.code ?? ''}): reported as it is`;
  if (ctx.ignored(failure.file)) return `${failure.file} is ignored by .github/rift.yml`;
  // Only failures fixed where they stand are refused by where they are: an import or a wrong result
  // shows in a test but is fixed in the code under test. Every patch still passes the guards.
  const guarded = FIXED_IN_PLACE.includes(failure.bugType) ? protectedReason(failure.file) : null;
  if (guarded) return guarded;
  if (!languageOf(failure.file)) return `${failure.file} is not Python, JavaScript or TypeScript`;
  return ctx.workspace.unreadableReason(failure.file);
}

/**
 * Where the fix line says the fix is. A fixer that located the problem itself (patch.line) in the one
 * file it edits names that file: a wrong result asserted in a test is fixed in the code under test,
 * and "LOGIC error in tests/test_fib.py line 6" would pair the test with the source's line.
 */
function fixPlace(failure: Failure, patch: Patch): { file: string; line: number } {
  if (patch.line === undefined) return { file: failure.file, line: failure.line };
  const edited = new Set(patch.edits.map((e) => e.file));
  return { file: edited.size === 1 ? [...edited][0] : failure.file, line: patch.line };
}

/** Applies one patch, verifies it, and keeps or undoes it; returns true when kept. */
async function tryPatch(ctx: HealContext, failure: Failure, fixer: Fixer, patch: Patch): Promise<boolean> {
  const bugType = failure.bugType as BugType;
  const { file, line } = fixPlace(failure, patch);
  const fixLine = formatFixLine({ bugType, file, line, fixDescription: patch.description });
  const signature = patchSignature(patch);
  const guard = ctx.rolledBackPatches.has(signature) ? 'CI rolled this same patch back earlier in the run' : rejectPatch(patch);
  const fixRow = await insertFix(ctx.recorder.db, {
    run_id: ctx.runId,
    file_path: file,
    bug_type: bugType,
    line_number: line,
    description: failure.message,
    fix_description: patch.description,
    original_code: patch.edits.map((e) => e.before).join('\n'),
    fixed_code: patch.edits.map((e) => e.after).join('\n'),
    status: 'failed',
    confidence_score: patch.confidence,
    // A model's answer is named by the model (VARCHAR(60)); a rule by its fixer.
    model_used: (patch.llm?.model ?? fixer.name).slice(0, 60),
    consensus_votes: patch.llm?.votes ?? null,
    token_cost_usd: patch.llm?.costUsd ?? null,
    kb_match: fixer.strategy === 'kb_lookup',
  });
  await ctx.recorder.step('fix', 'propose_patch', fixLine, {
    fixId: fixRow.fix_id,
    payload: { fixer: fixer.name, strategy: fixer.strategy, confidence: patch.confidence, files: patch.edits.map((e) => e.file) },
    thought: patch.reason,
  });

  const outcome: FixOutcome = {
    fixId: fixRow.fix_id,
    failure,
    file,
    line,
    bugType,
    description: patch.description,
    fixLine,
    signature,
    status: 'failed',
    strategy: fixer.strategy,
    confidence: patch.confidence,
    commitSha: null,
    commitMessage: null,
    edits: patch.edits,
  };
  ctx.fixes.push(outcome);

  if (guard) {
    ctx.reasons.set(failureKey(failure), `patch rejected: ${guard}`);
    await ctx.recorder.step('verify', 'reject_patch', `rejected: ${fixLine}`, { fixId: fixRow.fix_id, thought: guard });
    await recordStrategyOutcome(ctx.recorder.db, bugType, fixer.strategy, false);
    return false;
  }

  const before = ctx.board.results.get(failure.check)!;
  await ctx.workspace.applyEdits(patch.edits);
  const after = await runCheck(ctx.sandbox, ctx.workspace, before.check, ctx.limits);
  const verdict = judgePatch(failure, before, after);
  await ctx.recorder.step('verify', verdict.keep ? 'patch_verified' : 'patch_rejected', `${verdict.keep ? 'kept' : 'undone'}: ${fixLine}`, {
    fixId: fixRow.fix_id,
    payload: { check: before.check.id, exitCode: after.exitCode, durationMs: after.durationMs, failuresBefore: before.failures.length, failuresAfter: after.failures.length },
    thought: verdict.reason,
  });
  if (!verdict.keep) {
    ctx.reasons.set(failureKey(failure), `patch undone: ${verdict.reason}`);
    await ctx.workspace.undoEdits(patch.edits);
    await recordStrategyOutcome(ctx.recorder.db, bugType, fixer.strategy, false);
    return false;
  }

  // What a kept fix reveals counts towards total_failures; what an undone patch caused does not.
  noteFailures(ctx, after, before);
  updateBoard(ctx.board, after);
  markStaleExcept(ctx.board, before.check.id);
  const files = patch.edits.map((e) => e.file);
  const commit = await ctx.committer.add({ fixId: fixRow.fix_id, bugType, file, line, description: patch.description, fixLine, files });
  outcome.status = 'applied';
  if (commit) {
    outcome.commitSha = commit.sha;
    outcome.commitMessage = commit.message;
    ctx.iterationCommits.push(commit);
    await ctx.recorder.live('commit_count', ctx.committer.count);
    await ctx.recorder.step('commit', 'commit', commit.message, { fixId: fixRow.fix_id, payload: { sha: commit.sha } });
  }
  await updateFixStatus(ctx.recorder.db, fixRow.fix_id, 'applied', { commit_sha: commit?.sha ?? null, commit_message: commit?.message ?? null });
  return true;
}

/** Records a failure RIFT did not attempt, with the reason, as a `skipped` fix when it has a type. */
async function recordSkip(ctx: HealContext, failure: Failure, reason: string): Promise<void> {
  ctx.reasons.set(failureKey(failure), reason);
  let fixId: string | undefined;
  if (failure.bugType) {
    const description = `not fixed (${reason})`;
    const row = await insertFix(ctx.recorder.db, {
      run_id: ctx.runId,
      file_path: failure.file,
      bug_type: failure.bugType,
      line_number: failure.line,
      description: failure.message,
      fix_description: description,
      status: 'skipped',
    });
    fixId = row.fix_id;
    ctx.fixes.push({
      fixId,
      failure,
      line: failure.line,
      bugType: failure.bugType,
      description,
      fixLine: formatFixLine({ bugType: failure.bugType, file: failure.file, line: failure.line, fixDescription: description }),
      signature: '',
      status: 'skipped',
      strategy: null,
      confidence: null,
      commitSha: null,
      commitMessage: null,
      });
  }
  await ctx.recorder.step('fix', 'skip_failure', `not fixed: ${failure.file} line ${failure.line}: ${failure.message}`, {
    fixId,
    payload: { failure },
    thought: reason,
  });
}

/** A short hash of what a patch writes. */
function patchSignature(patch: Patch): string {
  const hash = createHash('sha256');
  for (const edit of patch.edits) hash.update(edit.file).update('\0').update(edit.after).update('\0');
  return hash.digest('hex').slice(0, 16);
}
