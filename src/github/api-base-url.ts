// Where the GitHub REST API lives: github.com, or a GitHub Enterprise Server named by GHE_HOST.
import { BadInputError } from '../errors/index.ts';

export const GITHUB_COM_API = 'https://api.github.com';

/** The two variables that point RIFT at GitHub Enterprise (or a local stand-in). */
export interface GitHubHostEnv {
  GHE_HOST?: string;
  GHE_PROTOCOL?: string;
}

/** `${GHE_PROTOCOL}://${GHE_HOST}/api/v3` when GHE_HOST is set (https by default), else api.github.com. */
export function apiBaseUrl(env: GitHubHostEnv): string {
  const host = env.GHE_HOST?.trim().replace(/\/+$/, '');
  if (!host) return GITHUB_COM_API;
  const protocol = (env.GHE_PROTOCOL?.trim() || 'https').toLowerCase().replace(/:\/*$/, '');
  if (protocol !== 'https' && protocol !== 'http') {
    throw new BadInputError(`GHE_PROTOCOL must be "https" or "http", not "${env.GHE_PROTOCOL}"`);
  }
  // Probot's own convention for GHE_HOST is a bare host name; a pasted URL would double the scheme.
  if (host.includes('://')) {
    throw new BadInputError(`GHE_HOST must be a host name such as "github.example.com", not a URL ("${host}")`);
  }
  return `${protocol}://${host}/api/v3`;
}
