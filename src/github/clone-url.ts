// Where git clones and pushes a repository: github.com, or the GitHub Enterprise host of GHE_HOST.
// The URL never carries a credential; the token reaches git only through its environment.
import { BadInputError } from '../errors/index.ts';
import type { GitHubHostEnv } from './api-base-url.ts';

/** `${GHE_PROTOCOL||https}://${GHE_HOST||github.com}/${owner}/${repo}.git`. */
export function cloneUrlFor(env: GitHubHostEnv, owner: string, repo: string): string {
  const host = env.GHE_HOST?.trim().replace(/\/+$/, '') || 'github.com';
  const protocol = (env.GHE_PROTOCOL?.trim() || 'https').toLowerCase().replace(/:\/*$/, '');
  if (protocol !== 'https' && protocol !== 'http') {
    throw new BadInputError(`GHE_PROTOCOL must be "https" or "http", not "${env.GHE_PROTOCOL}"`);
  }
  if (host.includes('://')) {
    throw new BadInputError(`GHE_HOST must be a host name such as "github.example.com", not a URL ("${host}")`);
  }
  return `${protocol}://${host}/${owner}/${repo}.git`;
}
