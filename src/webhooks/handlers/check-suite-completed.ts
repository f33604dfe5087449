// A check suite finished on a fix branch: CI of RIFT's own push, so a wake for the waiting worker.
import type { Context } from 'probot';
import { publishCiWake } from '../ci-wake.ts';
import type { RiftAppDeps } from '../deps.ts';
import { isFixBranch, isOwnApp } from '../guards/own-events.ts';

/** check_suite.completed: only a wake, and only for a fix branch's suite of another app than RIFT. */
export function onCheckSuiteCompleted(deps: RiftAppDeps) {
  return async (context: Context<'check_suite.completed'>): Promise<void> => {
    const { check_suite: suite, repository } = context.payload;
    if (isOwnApp(deps.appId, suite.app) || !isFixBranch(suite.head_branch)) return;
    const log = deps.logger.child({ delivery: context.id, event: 'check_suite', repo: repository.full_name, sha: suite.head_sha });
    await publishCiWake(deps.redis, log, { repoFullName: repository.full_name, sha: suite.head_sha, event: 'check_suite', conclusion: suite.conclusion });
  };
}
