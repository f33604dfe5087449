// The server's FixBranchRemote: after each CI round the fix branch goes to GitHub (under RIFT's lease)
// and the repository's own CI on the pushed commit has its say. A person's push to the branch, seen
// at the push or while CI ran, stops RIFT.
import type { Redis } from 'ioredis';
import type { GitHubClient } from '../github/octokit.ts';
import type { FixBranchRemote, RemoteCiVerdict } from '../heal/remote.ts';
import type { Logger } from '../log.ts';
import type { FixBranchLease } from './fix-branch-lease.ts';
import { waitForCi, type WaitForCiOptions } from './wait-for-ci.ts';

export type CiWaitTimes = Pick<WaitForCiOptions, 'appearTimeoutMs' | 'finishTimeoutMs' | 'pollMs'>;

export interface FixBranchRemoteOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  lease: FixBranchLease;
  ciWait: CiWaitTimes;
  /** Wakes the CI wait when a webhook brings news of the commit. */
  redis?: Redis;
  /** RIFT's own app id: its check suites are not the repository's CI. */
  ownAppId?: number;
  logger: Logger;
}

/** A remote that pushes under `lease` and waits for the repository's CI on each pushed commit. */
export function createFixBranchRemote(options: FixBranchRemoteOptions): FixBranchRemote {
  const { octokit, owner, repo, lease, ciWait, redis, ownAppId, logger } = options;
  return {
    async publish({ workspace, branch, iteration, headSha, recorder }): Promise<RemoteCiVerdict> {
      const pushed = await lease.push(workspace.root, headSha);
      if (pushed.kind === 'stopped') return pushed;
      if (pushed.kind === 'pushed') {
        await recorder.step('ci', 'push_branch', `pushed ${branch} at ${headSha.slice(0, 7)}`, {
          payload: { sha: headSha, iteration },
          thought: 'The repository’s own CI runs on what RIFT pushes; its verdict is awaited next.',
        });
      }
      const verdict = await waitForCi({
        octokit,
        owner,
        repo,
        sha: headSha,
        branch,
        ...ciWait,
        ...(redis ? { redis } : {}),
        ...(ownAppId === undefined ? {} : { ownAppId }),
        logger,
      });
      // CI can take many minutes; a person may have pushed meanwhile, and RIFT must not build over it.
      const still = await lease.confirmOwnership();
      return still.kind === 'stopped' ? still : verdict;
    },
  };
}
