// The installation's token, asked of the installation client that Probot hands the job. It goes to
// git's environment and nowhere else.
import type { GitHubClient } from '../github/octokit.ts';
import { callGitHub } from '../github/github-error.ts';

/** Probot's installation Octokit: the REST client plus its auth strategy. */
export type InstallationClient = GitHubClient & { auth(opts: { type: 'installation' }): Promise<unknown> };

/** The installation access token (ghs_...), fetched or taken from Probot's cache. */
export async function installationToken(client: InstallationClient, installationId: number): Promise<string> {
  const auth = await callGitHub(`get an access token of installation ${installationId}`, () => client.auth({ type: 'installation' }));
  const token = (auth as { token?: unknown }).token;
  if (typeof token !== 'string' || token === '') throw new Error(`installation ${installationId} gave no access token`);
  return token;
}
