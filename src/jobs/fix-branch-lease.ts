// RIFT's hold on its fix branch for one run: where the branch stood when the run began, what RIFT
// pushed since, and whether a person took it over. Publishing after each CI round and the final
// delivery share it, so the same commit is never pushed twice and a person's commits never lost.
import { pushFixBranch, remoteBranchSha, type PullRequestRefs } from './push-fix-branch.ts';

export type LeasedPush =
  | { kind: 'pushed' | 'unchanged'; sha: string }
  | { kind: 'stopped'; detail: string };

export interface FixBranchLease {
  readonly branch: string;
  /** Why RIFT stopped pushing (a person's push, a refusal), or null. */
  readonly stopped: string | null;
  /** Pushes the workspace's branch at `sha` unless RIFT pushed that already; a lost lease stops the lease. */
  push(repoDir: string, sha: string): Promise<LeasedPush>;
  /** Looks at the remote: when the branch moved away from RIFT's last push, somebody else pushed (stops). */
  confirmOwnership(): Promise<LeasedPush>;
}

export interface FixBranchLeaseOptions {
  url: string;
  branch: string;
  refs: PullRequestRefs;
  /** Git credentials, for the git process only. */
  env: Record<string, string>;
}

/** Reads where the branch stands now (git ls-remote) and holds that as the first lease. */
export async function takeFixBranchLease(options: FixBranchLeaseOptions): Promise<FixBranchLease> {
  const { url, branch, refs, env } = options;
  let expected = await remoteBranchSha(url, branch, env);
  let pushedSha: string | null = null;
  let stopped: string | null = null;
  const personPushed = rejection(branch, 'lease', '');

  const stop = (detail: string): LeasedPush => {
    stopped ??= detail;
    return { kind: 'stopped', detail: stopped };
  };

  return {
    branch,
    get stopped() {
      return stopped;
    },
    async push(repoDir, sha) {
      if (stopped) return { kind: 'stopped', detail: stopped };
      if (pushedSha === sha) return { kind: 'unchanged', sha };
      const outcome = await pushFixBranch({ repoDir, url, branch, expectedSha: expected, refs, env });
      if (outcome.kind === 'rejected') return stop(rejection(branch, outcome.reason, outcome.detail));
      expected = outcome.sha;
      pushedSha = outcome.sha;
      return { kind: 'pushed', sha: outcome.sha };
    },
    async confirmOwnership() {
      if (stopped) return { kind: 'stopped', detail: stopped };
      const current = await remoteBranchSha(url, branch, env);
      if (current !== expected) return stop(personPushed);
      return { kind: 'unchanged', sha: current ?? '' };
    },
  };
}

// What the pull request is told when a push does not land.
function rejection(branch: string, reason: 'lease' | 'remote' | 'refused', detail: string): string {
  if (reason === 'lease') return `a person pushed to ${branch}; RIFT stopped so it does not overwrite their work`;
  if (reason === 'refused') return detail;
  return `GitHub refused the push of ${branch}: ${detail}`;
}
