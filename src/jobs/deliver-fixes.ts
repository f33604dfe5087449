// How a finished run hands its fixes over on GitHub (the engine's DeliverFn): the fix branch pushed
// and offered as a pull request into the healed branch (the pull request's head branch, or the default
// branch of a dashboard run), or, for a fork, a patch for the comment.
// Delivery never throws: the run is already recorded, so a failure here is recorded and logged.
import { ensureFixPullRequest } from '../github/ensure-fix-pull-request.ts';
import type { GitHubClient } from '../github/octokit.ts';
import type { DeliverArgs, DeliverFn } from '../heal/remote.ts';
import type { Logger } from '../log.ts';
import type { FixBranchLease } from './fix-branch-lease.ts';
import { fixPullRequestBody, fixPullRequestTitle } from './fix-pull-request-text.ts';
import { formatFixPatch } from './fork-patch.ts';

export interface Delivery {
  deliver: DeliverFn;
  /** What the final reports link or carry, once delivered. */
  delivered(): { fixPullRequestUrl?: string; patch?: string };
}

export interface BranchDeliveryOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The healed pull request; absent for a dashboard run of the default branch's head. */
  pullNumber?: number;
  /** The healed branch: the fix pull request goes into it. */
  headRef: string;
  headSha: string;
  lease: FixBranchLease;
  logger: Logger;
}

/** Pushes the final HEAD (unless already pushed) and ensures the fix pull request into the head branch. */
export function branchDelivery(options: BranchDeliveryOptions): Delivery {
  const { octokit, owner, repo, lease } = options;
  let fixPullRequestUrl: string | undefined;
  const deliver = async ({ workspace, branch, commits, results, recorder }: DeliverArgs): Promise<void> => {
    if (commits === 0) return;
    const pushed = await lease.push(workspace.root, await workspace.headSha());
    if (pushed.kind === 'stopped') {
      await recorder.step('report', 'fix_pull_request_skipped', `no fix pull request for ${branch}`, { thought: pushed.detail });
      return;
    }
    if (pushed.kind === 'pushed') await recorder.step('report', 'push_branch', `pushed ${branch} at ${pushed.sha.slice(0, 7)}`);
    const context = { pullNumber: options.pullNumber, headRef: options.headRef, headSha: options.headSha };
    const pull = await ensureFixPullRequest(octokit, {
      owner,
      repo,
      branch,
      base: options.headRef,
      title: fixPullRequestTitle(results, context),
      body: fixPullRequestBody(results, context),
    });
    fixPullRequestUrl = pull.url;
    const label = `fix pull request #${pull.number} ${pull.action}: ${branch} into ${options.headRef}`;
    await recorder.step('report', 'fix_pull_request', label, { payload: { number: pull.number, url: pull.url } });
  };
  return { deliver: safely(deliver, options.logger), delivered: () => (fixPullRequestUrl ? { fixPullRequestUrl } : {}) };
}

/** Keeps the fixes of a fork's pull request as a patch against its head commit; pushes nothing. */
export function forkDelivery(options: { headSha: string; logger: Logger }): Delivery {
  let patch: string | undefined;
  const deliver = async ({ workspace, branch, commits, recorder }: DeliverArgs): Promise<void> => {
    if (commits === 0) return;
    patch = await formatFixPatch(workspace.root, options.headSha);
    await recorder.step('report', 'fork_patch', `${branch} as a patch of ${commits} commit(s) for the fork`, {
      thought: 'The pull request comes from a fork RIFT cannot push to: its fixes go into the comment as a patch.',
    });
  };
  return { deliver: safely(deliver, options.logger), delivered: () => (patch ? { patch } : {}) };
}

// A failed delivery is recorded on the run and logged; the run itself has already ended.
function safely(deliver: DeliverFn, logger: Logger): DeliverFn {
  return async (args) => {
    try {
      await deliver(args);
    } catch (err) {
      logger.warn({ err, runId: args.recorder.runId }, 'delivery of the fixes failed');
      await args.recorder.step('report', 'deliver_failed', `the fixes of ${args.branch} could not be delivered`, {
        thought: (err as Error).message,
      });
    }
  };
}
