// The fix pull request: RIFT's branch offered into the pull request's head branch. One per branch
// and base, found by GitHub's own head/base filter, updated in place on the next run, created once.
import type { GitHubClient } from './octokit.ts';
import { callGitHub } from './github-error.ts';

export interface EnsureFixPullRequestInput {
  owner: string;
  repo: string;
  /** The fix branch, in the same repository. */
  branch: string;
  /** The branch the fix goes into: the healed pull request's head branch. */
  base: string;
  title: string;
  body: string;
}

export interface FixPullRequest {
  number: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface OpenPullRequest {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
}

/** Updates the open pull request from `branch` into `base`, or opens it; returns its number and page. */
export async function ensureFixPullRequest(octokit: GitHubClient, input: EnsureFixPullRequestInput): Promise<FixPullRequest> {
  const existing = await findOpen(octokit, input);
  if (existing) return update(octokit, input, existing);
  try {
    const { data } = await octokit.rest.pulls.create({
      owner: input.owner,
      repo: input.repo,
      head: input.branch,
      base: input.base,
      title: input.title,
      body: input.body,
    });
    return { number: data.number, url: data.html_url, action: 'created' };
  } catch (error) {
    // Another worker opened it between the look and the create: GitHub says 422, and it is there now.
    const raced = (error as { status?: number }).status === 422 ? await findOpen(octokit, input) : undefined;
    if (raced) return update(octokit, input, raced);
    return callGitHub(`open a pull request from ${input.branch} into ${input.base} on ${input.owner}/${input.repo}`, () =>
      Promise.reject(error),
    );
  }
}

async function findOpen(octokit: GitHubClient, input: EnsureFixPullRequestInput): Promise<OpenPullRequest | undefined> {
  const { owner, repo, branch, base } = input;
  const { data } = await callGitHub(`list the pull requests from ${branch} into ${base} on ${owner}/${repo}`, () =>
    octokit.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, base, state: 'open' }),
  );
  return data[0];
}

async function update(octokit: GitHubClient, input: EnsureFixPullRequestInput, found: OpenPullRequest): Promise<FixPullRequest> {
  const { owner, repo, title, body } = input;
  if (found.title === title && (found.body ?? '') === body) return { number: found.number, url: found.html_url, action: 'unchanged' };
  await callGitHub(`update pull request #${found.number} on ${owner}/${repo}`, () =>
    octokit.rest.pulls.update({ owner, repo, pull_number: found.number, title, body }),
  );
  return { number: found.number, url: found.html_url, action: 'updated' };
}
