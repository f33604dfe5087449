// RIFT does not heal a branch whose latest commits are all a bot's: another automation (Dependabot, a
// formatter, RIFT itself) owns it, and healing it would start two bots answering each other.
import { callGitHub, type GitHubClient } from '../../github/index.ts';
import { COMMIT_PREFIX } from '../../heal/commit-message.ts';

/** How many of the newest commits are looked at. */
export const RECENT_COMMITS = 5;

const PAGE_SIZE = 100;

export interface CommitLike {
  author: { login?: string; type?: string } | null;
  commit: { message: string };
}

/** A commit by an app: author of type Bot, a `[bot]` login, or RIFT's own `[AI-AGENT] ` message. */
export function isBotCommit(commit: CommitLike): boolean {
  if (commit.author?.type === 'Bot' || commit.author?.login?.endsWith('[bot]')) return true;
  // RIFT's pushed commits may carry no GitHub account at all; its message prefix still names it.
  return commit.commit.message.startsWith(COMMIT_PREFIX);
}

/** The newest commits (at most 5) are all bots'; false for no commits at all. */
export function allRecentCommitsByBots(commits: CommitLike[]): boolean {
  const recent = commits.slice(-RECENT_COMMITS);
  return recent.length > 0 && recent.every(isBotCommit);
}

export interface PullCommitsTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The pull request's commit count (pulls.get's `commits`): which page holds the newest. */
  commitCount: number;
}

/** Reads the pull request's newest commits (GitHub lists them oldest first) and applies the rule. */
export async function lastCommitsAllByBots(octokit: GitHubClient, target: PullCommitsTarget): Promise<boolean> {
  const lastPage = Math.max(1, Math.ceil(target.commitCount / PAGE_SIZE));
  // A nearly empty last page holds fewer than 5: the page before it holds the rest.
  const onLastPage = target.commitCount - (lastPage - 1) * PAGE_SIZE;
  const pages = lastPage > 1 && onLastPage < RECENT_COMMITS ? [lastPage - 1, lastPage] : [lastPage];
  const commits: CommitLike[] = [];
  for (const page of pages) {
    const { data } = await callGitHub(`list the commits of ${target.owner}/${target.repo}#${target.pullNumber}`, () =>
      octokit.rest.pulls.listCommits({ owner: target.owner, repo: target.repo, pull_number: target.pullNumber, per_page: PAGE_SIZE, page }),
    );
    commits.push(...(data as CommitLike[]));
  }
  return allRecentCommitsByBots(commits);
}
