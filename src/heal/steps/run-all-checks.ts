// Runs every check once, one after another (they share the workspace), and records each result.
import type { HealContext } from '../context.ts';
import { runCheck } from '../run/run-check.ts';
import type { CheckResult } from '../types.ts';
import { failureKey, newFailureKeys } from '../verify/failure-key.ts';

/** Runs all checks of the run; notes every failure seen for total_failures. */
export async function runAllChecks(ctx: HealContext, purpose: string, ciEventId?: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of ctx.checks) results.push(await runOneCheck(ctx, check.id, purpose, ciEventId));
  return results;
}

/** Runs one check of the run by id and records the result as a step (linked to the CI event it is part of, if any). */
export async function runOneCheck(ctx: HealContext, checkId: string, purpose: string, ciEventId?: string): Promise<CheckResult> {
  const check = ctx.checks.find((c) => c.id === checkId)!;
  const result = await runCheck(ctx.sandbox, ctx.workspace, check, ctx.limits);
  noteFailures(ctx, result, ctx.board.results.get(check.id));
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
    ...(ciEventId ? { ciEventId } : {}),
  });
  return result;
}

/**
 * Counts towards total_failures what a run of a check shows that its previous run did not: one
 * problem reported by two checks (pytest and flake8 on one SyntaxError) counts once, by its place
 * when first seen, and a failure that only moved lines is not counted again.
 */
export function noteFailures(ctx: HealContext, result: CheckResult, previous?: CheckResult): void {
  const fresh = new Set(previous ? newFailureKeys(previous, result) : result.failures.map(failureKey));
  for (const failure of result.failures) {
    if (fresh.has(failureKey(failure))) ctx.seenFailures.add(`${failure.file}|${failure.bugType ?? failure.code ?? ''}|${failure.line}`);
  }
  if (!result.passed && result.failures.length === 0) ctx.seenFailures.add(`${result.check.id}|unplaced`);
}
