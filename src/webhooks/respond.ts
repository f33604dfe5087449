// The two GitHub side effects a webhook itself may have: a reaction on the command's comment and a
// short reply. Everything else (check runs, the sticky comment) is the job's.
import { callGitHub, type GitHubClient } from '../github/index.ts';

export interface PullTarget {
  owner: string;
  repo: string;
  /** The pull request's number (pull requests are issues for comments). */
  number: number;
}

export type Reaction = 'eyes' | 'rocket';

/** Reacts to a comment, telling its author at once that RIFT saw it. */
export async function reactToComment(octokit: GitHubClient, target: PullTarget, commentId: number, content: Reaction): Promise<void> {
  await callGitHub(`react to comment ${commentId} on ${target.owner}/${target.repo}`, () =>
    octokit.rest.reactions.createForIssueComment({ owner: target.owner, repo: target.repo, comment_id: commentId, content }),
  );
}

/** Posts a reply on the pull request. */
export async function replyOnPullRequest(octokit: GitHubClient, target: PullTarget, body: string): Promise<void> {
  await callGitHub(`comment on ${target.owner}/${target.repo}#${target.number}`, () =>
    octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body }),
  );
}
