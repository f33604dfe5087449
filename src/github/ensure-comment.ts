// One sticky comment per pull request (renovate's ensureComment): found by a hidden marker, edited in
// place, created only when absent, so a run that reports on every event never piles up comments.
import type { GitHubClient } from './octokit.ts';
import { callGitHub } from './github-error.ts';

export interface EnsureCommentInput {
  owner: string;
  repo: string;
  /** The pull request's number (pull requests are issues for comments). */
  issueNumber: number;
  /** A hidden HTML comment such as `<!-- rift:sticky -->`; added to the body when it lacks it. */
  marker: string;
  body: string;
}

export type EnsureCommentAction = 'created' | 'updated' | 'unchanged';

export interface EnsuredComment {
  id: number;
  action: EnsureCommentAction;
}

/** Creates the marked comment, or updates the existing one; an identical body sends nothing. */
export async function ensureComment(octokit: GitHubClient, input: EnsureCommentInput): Promise<EnsuredComment> {
  const { owner, repo, issueNumber, marker } = input;
  const body = input.body.includes(marker) ? input.body : `${marker}\n${input.body}`;
  const existing = await findMarkedComment(octokit, input);
  if (existing && existing.body === body) return { id: existing.id, action: 'unchanged' };
  if (existing) {
    await callGitHub(`edit comment ${existing.id} on ${owner}/${repo}#${issueNumber}`, () =>
      octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
    );
    return { id: existing.id, action: 'updated' };
  }
  const { data } = await callGitHub(`comment on ${owner}/${repo}#${issueNumber}`, () =>
    octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
  );
  return { id: data.id, action: 'created' };
}

interface MarkedComment {
  id: number;
  body: string;
}

// Pages through the comments oldest first and stops at the first marked one: later pages are not fetched.
async function findMarkedComment(octokit: GitHubClient, input: EnsureCommentInput): Promise<MarkedComment | undefined> {
  const { owner, repo, issueNumber, marker } = input;
  return callGitHub(`list the comments of ${owner}/${repo}#${issueNumber}`, async () => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const { data } of pages) {
      const found = data.find((comment) => comment.body?.includes(marker));
      if (found) return { id: found.id, body: found.body ?? '' };
    }
    return undefined;
  });
}
