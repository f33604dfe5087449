// Pushes RIFT's fix branch to GitHub with a lease: the push lands only if the branch still points
// where RIFT last left it, so a person's commits on it are never overwritten.
import os from 'node:os';
import { TransientError } from '../errors/index.ts';
import { git } from '../heal/workspace/git.ts';

/** The branches of the pull request, which RIFT never pushes to. */
export interface PullRequestRefs {
  baseRef: string;
  headRef: string;
}

export type PushOutcome =
  | { kind: 'pushed'; sha: string }
  /** The lease failed (somebody else moved the branch), GitHub refused the push, or RIFT refused it. */
  | { kind: 'rejected'; reason: 'lease' | 'remote' | 'refused'; detail: string };

export interface PushFixBranchArgs {
  /** The workspace repository holding `branch`. */
  repoDir: string;
  /** The repository's clone URL (no credential in it). */
  url: string;
  branch: string;
  /** Where the remote branch must point for the push to land; null: it must not exist. */
  expectedSha: string | null;
  refs: PullRequestRefs;
  /** Git credentials (gitCredentialEnv), passed only to the git process. */
  env: Record<string, string>;
}

/** Why `branch` must not be pushed, or null: only RIFT's own `_AI_Fix` branches, never the PR's. */
export function pushRefusal(branch: string, refs: PullRequestRefs): string | null {
  if (!branch.endsWith('_AI_Fix')) return `RIFT pushes only its own fix branches (…_AI_Fix), not ${branch}`;
  if (branch === refs.baseRef) return `${branch} is the pull request's base branch; RIFT never pushes to it`;
  if (branch === refs.headRef) return `${branch} is the pull request's own branch; RIFT never pushes to it`;
  return null;
}

/** The sha `branch` points at on the remote, or null when it does not exist there. */
export async function remoteBranchSha(url: string, branch: string, env: Record<string, string>): Promise<string | null> {
  const ref = `refs/heads/${branch}`;
  const listed = await git(os.tmpdir(), ['ls-remote', url, ref], { allowFailure: true, timeoutMs: 60_000, env });
  if (listed.exitCode !== 0) {
    throw new TransientError(`RIFT could not read ${branch} from ${url}: ${lastLine(listed.stderr)}`);
  }
  const line = listed.stdout.split('\n').find((entry) => entry.endsWith(`\t${ref}`));
  return line ? line.slice(0, 40) : null;
}

/** Pushes the workspace's `branch` to the same branch of `url`, under a lease on `expectedSha`. */
export async function pushFixBranch(args: PushFixBranchArgs): Promise<PushOutcome> {
  const refusal = pushRefusal(args.branch, args.refs);
  if (refusal) return { kind: 'rejected', reason: 'refused', detail: refusal };
  const ref = `refs/heads/${args.branch}`;
  const sha = (await git(args.repoDir, ['rev-parse', ref])).stdout.trim();
  const lease = `--force-with-lease=${ref}:${args.expectedSha ?? ''}`;
  const pushed = await git(args.repoDir, ['push', '--porcelain', lease, args.url, `${ref}:${ref}`], {
    allowFailure: true,
    timeoutMs: 300_000,
    env: args.env,
  });
  if (pushed.exitCode === 0) return { kind: 'pushed', sha };
  // --porcelain: "!<TAB>from:to<TAB>[rejected] (stale info)" or "[remote rejected] (reason)".
  const status = pushed.stdout.split('\n').find((line) => line.startsWith('!\t'))?.split('\t')[2];
  if (status?.startsWith('[rejected]')) return { kind: 'rejected', reason: 'lease', detail: status };
  if (status?.startsWith('[remote rejected]')) return { kind: 'rejected', reason: 'remote', detail: status };
  throw new TransientError(`RIFT could not push ${args.branch}: ${lastLine(pushed.stderr)}`);
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() || 'no answer';
}
