// Server mode's half of step 5: the iteration's commits go to GitHub and the repository's own CI runs
// on them. Its verdict is stored on the iteration's ci_events row; it can only make a run stricter:
// a local pass that GitHub's CI fails is not a pass, and a person's push stops RIFT.
import { recordGitHubCi } from '../../store/index.ts';
import type { HealContext } from '../context.ts';
import type { FixBranchRemote, RemoteCiVerdict } from '../remote.ts';

export interface PublishedIteration {
  verdict: RemoteCiVerdict;
  /** The iteration's status after GitHub's verdict. */
  passed: boolean;
  /** Set when the run must end now: GitHub's CI disagrees with a local pass, or RIFT was stopped. */
  stopReason: string | null;
}

/** Pushes the branch as it stands after the iteration's CI round and folds in GitHub's verdict. */
export async function publishIteration(
  ctx: HealContext,
  remote: FixBranchRemote,
  args: { ciEventId: string; localPassed: boolean },
): Promise<PublishedIteration> {
  const headSha = await ctx.workspace.headSha();
  const verdict = await remote.publish({
    workspace: ctx.workspace,
    branch: ctx.workspace.branch,
    iteration: ctx.iteration,
    headSha,
    recorder: ctx.recorder,
  });
  const githubRunId = verdict.kind === 'passed' || verdict.kind === 'failed' ? verdict.githubRunId : null;
  const overridden = verdict.kind === 'failed' && args.localPassed;
  await recordGitHubCi(ctx.recorder.db, args.ciEventId, { github_run_id: githubRunId, ...(overridden ? { status: 'failed' } : {}) });
  await ctx.recorder.step('ci', `github_ci_${verdict.kind}`, `GitHub CI on ${headSha.slice(0, 7)}: ${verdict.kind}`, {
    ciEventId: args.ciEventId,
    payload: { sha: headSha, githubRunId },
    thought: verdict.detail,
  });

  if (verdict.kind === 'stopped') return { verdict, passed: false, stopReason: verdict.detail };
  if (overridden) {
    const reason = `the repository's CI failed on ${ctx.workspace.branch} although RIFT's local checks pass: ${verdict.detail}`;
    return { verdict, passed: false, stopReason: reason };
  }
  return { verdict, passed: args.localPassed, stopReason: null };
}
