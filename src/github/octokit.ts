// The one place an Octokit is built, so every API call honours GHE_HOST/GHE_PROTOCOL.
import { Octokit } from '@octokit/rest';
import { apiBaseUrl, type GitHubHostEnv } from './api-base-url.ts';

/** Octokit's logger shape; a pino logger fits it. */
export interface OctokitLog {
  debug: (message: string, ...rest: unknown[]) => void;
  info: (message: string, ...rest: unknown[]) => void;
  warn: (message: string, ...rest: unknown[]) => void;
  error: (message: string, ...rest: unknown[]) => void;
}

export interface CreateOctokitOptions {
  /** An installation token (or a personal token for local use). */
  token: string;
  env: GitHubHostEnv;
  /** Defaults to Octokit's own (warn and error to the console). */
  log?: OctokitLog;
}

/** An authenticated Octokit pointed at github.com or the configured GitHub Enterprise host. */
export function createOctokit({ token, env, log }: CreateOctokitOptions): Octokit {
  return new Octokit({ auth: token, baseUrl: apiBaseUrl(env), userAgent: 'rift', ...(log ? { log } : {}) });
}

/**
 * What the adapters use of an Octokit: the REST methods and pagination. Both createOctokit's client
 * and Probot's context.octokit fit it (Probot's lacks @octokit/rest's legacy top-level methods).
 */
export type GitHubClient = Pick<Octokit, 'rest' | 'paginate'>;

export type { Octokit };
