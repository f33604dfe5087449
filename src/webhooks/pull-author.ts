// The pull request's author names a run's leader unless rift.yml (or the command) does. A check run does
// not carry it, so it is read from GitHub once per pull request and remembered: an author never changes.
import type { EdgeCache } from './edge-cache.ts';
import type { PullRequestFacts } from './pull-request.ts';

/** A day: long enough for a pull request's CI rounds, short enough not to keep closed ones for ever. */
export const PULL_AUTHOR_TTL_SECS = 24 * 3600;

export const pullAuthorKey = (repoId: number, pullNumber: number): string => `pull-author:${repoId}:${pullNumber}`;

export interface PullAuthor {
  author: string;
  /** The pull request, when it had to be read (the caller can check it is still open at the head). */
  pull?: PullRequestFacts;
}

/** The author from the cache, else from `load` (pulls.get), remembered. */
export async function cachedPullAuthor(cache: EdgeCache, repoId: number, pullNumber: number, load: () => Promise<PullRequestFacts>): Promise<PullAuthor> {
  const hit = await cache.get<unknown>(pullAuthorKey(repoId, pullNumber));
  if (typeof hit === 'string' && hit !== '') return { author: hit };
  const pull = await load();
  await rememberPullAuthor(cache, repoId, pullNumber, pull.author);
  return { author: pull.author, pull };
}

/** Stores an author learnt otherwise (a comment's pulls.get). */
export async function rememberPullAuthor(cache: EdgeCache, repoId: number, pullNumber: number, author: string): Promise<void> {
  await cache.set(pullAuthorKey(repoId, pullNumber), author, PULL_AUTHOR_TTL_SECS);
}
