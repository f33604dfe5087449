// A GitHub Actions workflow finished on a fix branch: CI of RIFT's own push, so a wake for the worker.
import type { Context } from 'probot';
import { publishCiWake } from '../ci-wake.ts';
import type { RiftAppDeps } from '../deps.ts';
import { isFixBranch } from '../guards/own-events.ts';

/** workflow_run.completed: only a wake, and only for a fix branch. */
export function onWorkflowRunCompleted(deps: RiftAppDeps) {
  return async (context: Context<'workflow_run.completed'>): Promise<void> => {
    const { workflow_run: run, repository } = context.payload;
    if (!isFixBranch(run.head_branch)) return;
    const log = deps.logger.child({ delivery: context.id, event: 'workflow_run', repo: repository.full_name, sha: run.head_sha });
    await publishCiWake(deps.redis, log, { repoFullName: repository.full_name, sha: run.head_sha, event: 'workflow_run', conclusion: run.conclusion });
  };
}
