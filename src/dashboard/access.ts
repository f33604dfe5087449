// "A user sees only runs of repositories they can read": GitHub says, through GET /repos/{owner}/{repo}
// with the user's own token; the answer is cached per session and repository for a few minutes.
import type { Redis } from 'ioredis';
import { createOctokit, type GitHubHostEnv } from '../github/index.ts';
import type { Logger } from '../log.ts';
import { HttpError } from './http-error.ts';
import type { DashboardKeys } from './keys.ts';
import type { RepoRef } from './repo-ref.ts';
import type { SessionStore, Viewer } from './session.ts';

/** What the user may do in a repository: read its runs; write (start runs, later slices). */
export type RepoAccess = 'none' | 'read' | 'write';
const ACCESS_LEVELS: readonly RepoAccess[] = ['none', 'read', 'write'];

/** Long enough to spare GitHub on every page view, short enough that a removed collaborator drops out. */
export const ACCESS_CACHE_SECS = 300;

export interface AccessChecker {
  /** The viewer's access to the repository; a GitHub outage throws (never "no access" by accident). */
  accessTo(viewer: Viewer, repo: RepoRef): Promise<RepoAccess>;
}

export interface AccessCheckerDeps {
  redis: Redis;
  keys: DashboardKeys;
  sessions: SessionStore;
  github: GitHubHostEnv;
  logger: Logger;
}

/** Checks access through GitHub, cached in Redis under the session. */
export function createAccessChecker(deps: AccessCheckerDeps): AccessChecker {
  return {
    async accessTo(viewer, repo) {
      const key = deps.keys.repoAccess(viewer.sessionId, repo.fullName);
      const cached = await deps.redis.get(key);
      if (cached && (ACCESS_LEVELS as string[]).includes(cached)) return cached as RepoAccess;
      const access = await askGitHub(deps, viewer, repo);
      // Never outlive the session: a cached answer must not survive a sign-out or a new sign-in.
      const ttl = Math.min(ACCESS_CACHE_SECS, Math.floor((Date.parse(viewer.expiresAt) - Date.now()) / 1000));
      if (ttl > 0) await deps.redis.set(key, access, 'EX', ttl);
      return access;
    },
  };
}

// 404 (and 403: SAML SSO not authorised, or blocked) mean no access; 401 means the token is dead.
async function askGitHub(deps: AccessCheckerDeps, viewer: Viewer, repo: RepoRef): Promise<RepoAccess> {
  const octokit = createOctokit({ token: viewer.token, env: deps.github, log: quiet(deps.logger) });
  try {
    const { data } = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.name });
    const permissions = data.permissions;
    if (permissions?.push || permissions?.maintain || permissions?.admin) return 'write';
    return permissions?.pull ? 'read' : 'none';
  } catch (err) {
    const { status, response } = err as { status?: number; response?: { headers?: Record<string, string | undefined> } };
    // A spent rate limit is no answer about access: nothing is cached.
    if (status === 429 || (status === 403 && response?.headers?.['x-ratelimit-remaining'] === '0')) {
      throw new HttpError(503, 'GitHub’s API rate limit for your account is used up; try again later');
    }
    if (status === 404 || status === 403) return 'none';
    if (status === 401) {
      await deps.sessions.delete(viewer.sessionId);
      throw new HttpError(401, 'GitHub no longer accepts your sign-in (revoked or expired): sign in again at /login');
    }
    deps.logger.warn({ err, repo: repo.fullName }, 'repository access check failed');
    throw new HttpError(502, 'GitHub could not be asked who may read this repository; try again shortly');
  }
}

// Octokit logs every failed request at error level; a 404 here is an answer, not a fault.
function quiet(logger: Logger) {
  return {
    debug: (message: string) => logger.debug(message),
    info: (message: string) => logger.debug(message),
    warn: (message: string) => logger.debug(message),
    error: (message: string) => logger.debug(message),
  };
}
