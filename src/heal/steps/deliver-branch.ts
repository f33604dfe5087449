// Hands the fix branch to the user: fetched back into their local repository (work tree untouched)
// and, with --push, pushed to the remote (the local repository's origin, or the URL that was healed).
import type { Recorder } from '../record/recorder.ts';
import { fetchBranchBack, pushBranch } from '../workspace/deliver.ts';
import type { RepoSource } from '../workspace/source.ts';
import type { Workspace } from '../workspace/workspace.ts';

/** Delivers the branch; a refusal (branch checked out, push rejected) is recorded, never fatal. */
export async function deliverBranch(args: {
  source: RepoSource;
  workspace: Workspace;
  branch: string;
  push: boolean;
  commits: number;
  recorder: Recorder;
}): Promise<void> {
  const { source, workspace, branch, recorder } = args;
  if (source.localPath) {
    await attempt(recorder, 'deliver_branch', `${branch} is ready in ${source.localPath}`, () =>
      fetchBranchBack(source.localPath!, workspace.root, branch),
    );
  }
  if (!args.push) return;
  if (args.commits === 0) {
    await recorder.step('report', 'push_skipped', `${branch} not pushed`, { thought: 'RIFT made no commit, so there is nothing to push.' });
    return;
  }
  // A local repository pushes with its own remote and credentials; a URL is pushed to as given.
  const [from, remote] = source.localPath ? [source.localPath, 'origin'] : [workspace.root, source.cloneFrom];
  await attempt(recorder, 'push_branch', `pushed ${branch}`, () => pushBranch(from, branch, remote));
}

async function attempt(recorder: Recorder, action: string, label: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
    await recorder.step('report', action, label);
  } catch (error) {
    await recorder.step('report', `${action}_failed`, `${action.replace('_', ' ')} failed`, { thought: (error as Error).message });
  }
}
