// Hands the fix branch back to the user: fetched into their local repository (their work tree is
// never touched) and, when asked, pushed to its remote.
import { BadInputError } from '../../errors/index.ts';
import { git } from './git.ts';

/** Fetches `branch` from the workspace clone into the user's repository, replacing an older one. */
export async function fetchBranchBack(localRepo: string, workspaceRepo: string, branch: string): Promise<void> {
  const current = await git(localRepo, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });
  if (current.stdout.trim() === branch) {
    throw new BadInputError(`${branch} is checked out in ${localRepo}; switch to another branch so RIFT can update it.`);
  }
  await git(localRepo, ['fetch', '--quiet', '--no-tags', workspaceRepo, `+refs/heads/${branch}:refs/heads/${branch}`]);
}

/** Pushes the fix branch from the user's repository to its remote (never to another branch). */
export async function pushBranch(localRepo: string, branch: string, remote = 'origin'): Promise<void> {
  if (!branch.endsWith('_AI_Fix')) throw new Error(`refusing to push ${branch}: RIFT pushes only its own fix branches`);
  await git(localRepo, ['push', '--quiet', '--force-with-lease', remote, `refs/heads/${branch}:refs/heads/${branch}`], {
    timeoutMs: 300_000,
  });
}
