// Steps 4-6 of the loop: fix, verify with CI (and, in server mode, with the repository's own CI on
// GitHub), repeat until green, no progress, a flaky test, a stop, or the retry limit.
import type { CiLogEntry, CiVerdict } from '../../report/results.ts';
import type { CheckResult, FinalStatus } from '../types.ts';
import type { HealContext } from '../context.ts';
import type { FixBranchRemote } from '../remote.ts';
import { ciRound } from './ci-round.ts';
import { fixRound } from './fix-round.ts';
import { publishIteration } from './publish-iteration.ts';

export interface IterationsOutcome {
  status: FinalStatus;
  quarantineReason: string | null;
  failureReason: string | null;
  ciLog: CiLogEntry[];
  /** Whose CI decided; undefined for a CLI run (always the local checks). */
  ciVerdict?: CiVerdict;
}

/** Iterates from the baseline's failures; `ciLog` is filled as it goes so a throw keeps what was done. */
export async function healIterations(
  ctx: HealContext,
  args: { baseline: CheckResult[]; retryLimit: number; remote?: FixBranchRemote; ciLog: CiLogEntry[] },
): Promise<IterationsOutcome> {
  const { retryLimit, remote, ciLog } = args;
  let previous = new Map(args.baseline.map((r) => [r.check.id, r]));
  let ciVerdict: CiVerdict | undefined;
  const end = (status: FinalStatus, reasons: { quarantine?: string; failure?: string } = {}): IterationsOutcome => ({
    status,
    quarantineReason: reasons.quarantine ?? null,
    failureReason: reasons.failure ?? null,
    ciLog,
    ...(ciVerdict ? { ciVerdict } : {}),
  });

  for (let iteration = 1; iteration <= retryLimit; iteration += 1) {
    ctx.iteration = iteration;
    ctx.iterationCommits = [];
    await ctx.recorder.live('iteration', iteration);
    const kept = await fixRound(ctx);
    if (kept === 0) {
      await ctx.recorder.step('plan', 'no_progress', `iteration ${iteration}: no fix could be kept`, {
        thought: 'Every remaining failure was skipped or its patches failed verification; another iteration would change nothing.',
      });
      return end('FAILED');
    }
    const ci = await ciRound(ctx, previous, retryLimit);
    const entry: CiLogEntry = { iteration, status: ci.passed ? 'passed' : 'failed', timestamp: ci.timestamp, regression: ci.regression };
    ciLog.push(entry);
    if (ci.flakyReason) return end('QUARANTINED', { quarantine: ci.flakyReason });

    let passed = ci.passed;
    if (remote) {
      const published = await publishIteration(ctx, remote, { ciEventId: ci.eventId, localPassed: ci.passed });
      const { verdict } = published;
      if (verdict.kind === 'passed' || verdict.kind === 'failed') {
        entry.github_run_id = verdict.githubRunId;
        ciVerdict = { source: 'github', detail: verdict.detail };
      } else if (verdict.kind === 'absent') {
        ciVerdict = { source: 'local', detail: verdict.detail };
      }
      entry.status = published.passed ? 'passed' : 'failed';
      if (published.stopReason) return end('FAILED', { failure: published.stopReason });
      passed = published.passed;
    }
    if (passed) return end('PASSED');
    previous = new Map(ctx.board.results);
  }
  return end('FAILED');
}
