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

/** Pushes the fix branch from `repoDir` to `remote` (a remote name or URL), never to another branch. */
export async function pushBranch(repoDir: string, branch: string, remote: string): Promise<void> {
  if (!branch.endsWith('_AI_Fix')) throw new Error(`refusing to push ${branch}: RIFT pushes only its own fix branches`);
  await git(repoDir, ['push', '--quiet', '--force', remote, `refs/heads/${branch}:refs/heads/${branch}`], {
    timeoutMs: 300_000,
  });
}
