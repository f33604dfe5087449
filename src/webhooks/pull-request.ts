// The facts about a pull request a trigger needs: from a check run's own list of pull requests when it
// has one (no GitHub call), else from the REST API (a comment's copy has no head or base at all).
import { callGitHub, type GitHubClient } from '../github/index.ts';
import { isForkPullRequest } from './guards/fork.ts';

/** What a trigger needs of a pull request: its head and base, and whether the head is a fork. */
export interface PullRequestHead {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** owner/name of the head repository; null when that repository (a fork) was deleted. */
  headRepoFullName: string | null;
  fork: boolean;
}

/** The pull request as the REST API returns it: also its state, author and commit count. */
export interface PullRequestFacts extends PullRequestHead {
  open: boolean;
  author: string;
  baseRepoFullName: string;
  /** How many commits the pull request has. */
  commits: number;
}

/** A pull request as a check run lists it (check_run.pull_requests[]): minimal repository objects. */
export interface ListedPullRequest {
  number: number;
  head: { ref: string; sha: string; repo: { id: number; url: string; name: string } };
  base: { ref: string; sha: string; repo: { id: number; url: string; name: string } };
}

// `https://api.github.com/repos/octo/hello` (or a GHE host's /api/v3/repos/...) -> `octo/hello`.
const REPO_API_URL = /\/repos\/([^/]+)\/([^/]+)\/?$/;

/**
 * The head of a pull request the check run lists, without a GitHub call. The list only holds pull
 * requests whose head is the check run's commit, so it is the head as the check run ran; whether the
 * pull request is still open there is the job's to check before it reports anything.
 */
export function pullFromCheckRun(listed: ListedPullRequest): PullRequestHead {
  const match = REPO_API_URL.exec(listed.head.repo.url);
  return {
    number: listed.number,
    headSha: listed.head.sha,
    headRef: listed.head.ref,
    baseRef: listed.base.ref,
    headRepoFullName: match ? `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}` : null,
    fork: listed.head.repo.id !== listed.base.repo.id,
  };
}

/** Reads a pull request; GitHub failures come back typed (callGitHub). */
export async function loadPullRequest(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<PullRequestFacts> {
  const { data } = await callGitHub(`read ${owner}/${repo}#${pullNumber}`, () =>
    octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber }),
  );
  const headRepoFullName = data.head.repo?.full_name ?? null;
  const baseRepoFullName = data.base.repo.full_name;
  return {
    number: data.number,
    open: data.state === 'open',
    author: data.user.login,
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    headRepoFullName,
    baseRepoFullName,
    fork: headRepoFullName === null || isForkPullRequest({ headRepoFullName, baseRepoFullName }),
    commits: data.commits,
  };
}

/**
 * The open pull request whose head is the commit, or null. Check runs leave `pull_requests` empty for
 * forks (and sometimes for others), so the commit's associated pull requests are asked instead.
 */
export async function findPullRequestForCommit(octokit: GitHubClient, owner: string, repo: string, sha: string): Promise<number | null> {
  const { data } = await callGitHub(`list the pull requests of ${owner}/${repo}@${sha.slice(0, 7)}`, () =>
    octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }),
  );
  const match = data.find((pull) => pull.state === 'open' && pull.head.sha === sha);
  return match?.number ?? null;
}
