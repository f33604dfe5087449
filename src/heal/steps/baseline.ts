// The starting point (DESIGN.md section 6, step 3): every check once, and every failing one a second
// time with no change, because a check that flips on its own cannot be healed, only quarantined.
import { updateBoard } from '../check-board.ts';
import type { HealContext } from '../context.ts';
import type { CheckResult } from '../types.ts';
import { failureKey } from '../verify/failure-key.ts';
import { runAllChecks, runOneCheck } from './run-all-checks.ts';

export interface Baseline {
  results: CheckResult[];
  /** Set when a failing check behaved differently the second time. */
  flakyReason: string | null;
}

/** Runs the baseline and confirms each failure; fills the board. */
export async function runBaseline(ctx: HealContext): Promise<Baseline> {
  const results = await runAllChecks(ctx, 'Baseline: what fails before RIFT changes anything.');
  let flakyReason: string | null = null;
  for (const first of results.filter((r) => !r.passed)) {
    const second = await runOneCheck(ctx, first.check.id, 'Confirm the failure: the same check again, with no change.');
    if (!sameOutcome(first, second)) {
      flakyReason = `${first.check.command} gave different results on two runs with no change (flaky)`;
      await ctx.recorder.step('run_checks', 'flaky_detected', `flaky: ${first.check.command}`, {
        payload: { check: first.check.id, first: first.failures.length, second: second.failures.length, secondPassed: second.passed },
        thought: flakyReason,
      });
      break;
    }
  }
  // Into the run's own board (the LOGIC runner reads it too), never a new one.
  for (const result of results) updateBoard(ctx.board, result);
  return { results, flakyReason };
}

function sameOutcome(a: CheckResult, b: CheckResult): boolean {
  if (a.passed !== b.passed) return false;
  const keys = (r: CheckResult) => [...new Set(r.failures.map(failureKey))].sort().join('\n');
  return keys(a) === keys(b);
}
