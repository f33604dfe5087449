// Runs every check once, one after another (they share the workspace), and records each result.
import type { HealContext } from '../context.ts';
import { runCheck } from '../run/run-check.ts';
import type { CheckResult } from '../types.ts';
import { failureKey } from '../verify/failure-key.ts';

/** Runs all checks of the run; notes every failure seen for total_failures. */
export async function runAllChecks(ctx: HealContext, purpose: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of ctx.checks) results.push(await runOneCheck(ctx, check.id, purpose));
  return results;
}

/** Runs one check of the run by id and records the result as a step. */
export async function runOneCheck(ctx: HealContext, checkId: string, purpose: string): Promise<CheckResult> {
  const check = ctx.checks.find((c) => c.id === checkId)!;
  const result = await runCheck(ctx.sandbox, ctx.workspace, check, ctx.limits);
  noteFailures(ctx, result);
  const verdict = result.passed ? 'passed' : `failed (${result.failures.length} failure${result.failures.length === 1 ? '' : 's'})`;
  await ctx.recorder.step('run_checks', 'run_check', `${check.command} ${verdict}`, {
    payload: {
      check: check.id,
      cwd: check.cwd,
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      durationMs: result.durationMs,
      failures: result.failures,
      outputTail: result.output.slice(-2000),
    },
    thought: purpose,
  });
  return result;
}

/** Counts every failure a run of a check shows towards the run's total_failures. */
export function noteFailures(ctx: HealContext, result: CheckResult): void {
  for (const failure of result.failures) ctx.seenFailures.add(failureKey(failure));
  if (!result.passed && result.failures.length === 0) ctx.seenFailures.add(`${result.check.id}|unplaced`);
}
