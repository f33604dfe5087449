// CI for one iteration (DESIGN.md section 6, step 5): every check again, a ci_events row, and for a
// regression the responsible commit found and rolled back; a failure that comes and goes with no
// change is flaky.
import { completeCiEvent, insertCiEvent, recordStrategyOutcome, updateFixStatus } from '../../store/index.ts';
import { allPassed, countFailures, failureCount, updateBoard } from '../check-board.ts';
import type { HealContext } from '../context.ts';
import type { CommitRecord } from '../committer.ts';
import type { CheckResult } from '../types.ts';
import { findRegressions, regressionGone, type Regression } from './find-regressions.ts';
import { runAllChecks, runOneCheck } from './run-all-checks.ts';

export interface CiRoundResult {
  /** The iteration's ci_events row. */
  eventId: string;
  passed: boolean;
  regression: boolean;
  rolledBack: number;
  /** Set when a check flipped with no change: the run is quarantined. */
  flakyReason: string | null;
  timestamp: string;
}

/** Runs CI for the current iteration and deals with what it shows. */
export async function ciRound(ctx: HealContext, previous: Map<string, CheckResult>, retryLimit: number): Promise<CiRoundResult> {
  const triggeredAt = new Date();
  const event = await insertCiEvent(ctx.recorder.db, {
    run_id: ctx.runId,
    iteration: ctx.iteration,
    status: 'running',
    failures_before: countFailures(previous.values()),
    triggered_at: triggeredAt,
  });
  await ctx.recorder.step('ci', 'ci_run', `CI iteration ${ctx.iteration}/${retryLimit}`, {
    ciEventId: event.event_id,
    payload: { iteration: ctx.iteration, retryLimit },
    thought: 'Every check runs again on the fix branch as it now stands, to confirm the fixes and catch regressions.',
  });

  const results = await runAllChecks(ctx, `CI of iteration ${ctx.iteration}.`, event.event_id);
  for (const result of results) updateBoard(ctx.board, result);
  const regressions = findRegressions(previous, results);
  let rollbackSha: string | null = null;
  let rolledBack = 0;
  let flakyReason: string | null = null;

  for (const regression of regressions) {
    const culprit = await findCulprit(ctx, regression, event.event_id);
    if (culprit) {
      rollbackSha = await rollBack(ctx, culprit, regression, event.event_id);
      rolledBack += 1;
      continue;
    }
    if (rolledBack > 0) continue; // an earlier rollback may explain it; the re-run below shows
    const again = await runOneCheck(ctx, regression.checkId, 'No commit of this iteration explains the regression: run it again unchanged.', event.event_id);
    updateBoard(ctx.board, again);
    if (regressionGone(regression, again)) {
      flakyReason = `${again.check.command} failed and then passed with no change (${regression.keys.length} failure(s) came and went)`;
      await ctx.recorder.step('ci', 'flaky_detected', `flaky: ${again.check.command}`, { ciEventId: event.event_id, thought: flakyReason });
      break;
    }
  }

  if (rolledBack > 0) {
    for (const check of ctx.checks) updateBoard(ctx.board, await runOneCheck(ctx, check.id, 'State after the rollback.', event.event_id));
  }
  const passed = allPassed(ctx.board);
  await completeCiEvent(ctx.recorder.db, event.event_id, {
    status: passed ? 'passed' : 'failed',
    failures_after: failureCount(ctx.board),
    new_failures: regressions.flatMap((r) => r.keys),
    regression_detected: regressions.length > 0,
    rollback_triggered: rolledBack > 0,
    rollback_commit_sha: rollbackSha,
  });
  await ctx.recorder.step('ci', passed ? 'ci_passed' : 'ci_failed', `CI iteration ${ctx.iteration}/${retryLimit}: ${passed ? 'passed' : 'failed'}`, {
    ciEventId: event.event_id,
    payload: { failures: failureCount(ctx.board), regressions: regressions.length, rolledBack },
  });
  return { eventId: event.event_id, passed, regression: regressions.length > 0, rolledBack, flakyReason, timestamp: new Date().toISOString() };
}

/** The commit of this iteration whose revert alone clears the regression, newest first; null if none. */
async function findCulprit(ctx: HealContext, regression: Regression, ciEventId: string): Promise<CommitRecord | null> {
  for (const commit of [...ctx.iterationCommits].reverse()) {
    if (!(await ctx.workspace.trialRevert(commit.sha))) continue;
    const trial = await runOneCheck(ctx, regression.checkId, `Trial: is ${commit.sha.slice(0, 7)} the cause of the regression?`, ciEventId);
    await ctx.workspace.discardTrial();
    if (regressionGone(regression, trial)) return commit;
  }
  return null;
}

/** Reverts the responsible commit and marks its fixes rolled back; returns the revert's sha. */
async function rollBack(ctx: HealContext, culprit: CommitRecord, regression: Regression, ciEventId: string): Promise<string> {
  const revert = await ctx.committer.revert(culprit.sha);
  ctx.iterationCommits = ctx.iterationCommits.filter((c) => c.sha !== culprit.sha);
  for (const fix of ctx.fixes.filter((f) => culprit.fixIds.includes(f.fixId))) {
    fix.status = 'rolled_back';
    ctx.rolledBackPatches.add(fix.signature);
    await updateFixStatus(ctx.recorder.db, fix.fixId, 'rolled_back');
    if (fix.strategy) await recordStrategyOutcome(ctx.recorder.db, fix.bugType, fix.strategy, false);
  }
  await ctx.recorder.step('rollback', 'revert', revert.message, {
    ciEventId,
    payload: { reverted: culprit.sha, revert: revert.sha, regression: regression.keys },
    thought: `Reverting ${culprit.sha.slice(0, 7)} alone made the regression go away, so it is the cause.`,
  });
  await ctx.recorder.live('commit_count', ctx.committer.count);
  return revert.sha;
}
