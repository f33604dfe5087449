// RIFT's GitHub App as the dashboard acts with it to start a run: whether the app is installed on a
// repository (asked with the app's own JWT), and where the repository's default branch stands (asked
// with the installation's token, as the run's job will clone it).
import type { GitHubClient } from '../github/index.ts';
import type { Logger } from '../log.ts';
import { HttpError } from './http-error.ts';
import type { RepoRef } from './repo-ref.ts';

/** The app's clients, from Probot in production: `probot.auth()` and `probot.auth(installationId)`. */
export interface AppGitHub {
  /** The app authenticated as itself (a JWT): it may ask where the app is installed, nothing more. */
  appClient(): Promise<GitHubClient>;
  /** The client of one installation (its access token). */
  installationClient(installationId: number): Promise<GitHubClient>;
}

/** The head commit of a repository's default branch, named as GitHub spells the repository. */
export interface DefaultBranchHead {
  owner: string;
  repo: string;
  /** repository.html_url, as a webhook carries it: the run's repo_url and fingerprint. */
  htmlUrl: string;
  branch: string;
  sha: string;
}

/** The id of the app's installation on the repository; null when the app is not installed there. */
export async function installationIdOf(app: AppGitHub, ref: RepoRef, logger: Logger): Promise<number | null> {
  try {
    const client = await app.appClient();
    const { data } = await client.rest.apps.getRepoInstallation({ owner: ref.owner, repo: ref.name });
    return data.id;
  } catch (err) {
    if (statusOf(err) === 404) return null;
    logger.warn({ err, repo: ref.fullName }, 'installation lookup failed');
    throw new HttpError(502, `GitHub could not be asked whether RIFT is installed on ${ref.fullName}; try again shortly`);
  }
}

/** Where the default branch stands; an empty repository (no branch yet) is a 422. */
export async function defaultBranchHead(client: GitHubClient, ref: RepoRef, logger: Logger): Promise<DefaultBranchHead> {
  const repository = await asked(logger, ref, () => client.rest.repos.get({ owner: ref.owner, repo: ref.name }));
  const owner = repository.data.owner.login;
  const repo = repository.data.name;
  const branch = repository.data.default_branch;
  const head = await asked(logger, ref, () => client.rest.repos.getBranch({ owner, repo, branch }), () => {
    throw new HttpError(422, `${ref.fullName} has no commit on its default branch ${branch}: there is nothing to heal`);
  });
  return { owner, repo, htmlUrl: repository.data.html_url, branch, sha: head.data.commit.sha };
}

// One read of the repository; a 404 is `onNotFound`'s (by default: the app lost sight of it), else a 502.
async function asked<T>(logger: Logger, ref: RepoRef, call: () => Promise<T>, onNotFound?: () => never): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (statusOf(err) === 404) {
      if (onNotFound) onNotFound();
      throw new HttpError(404, `RIFT cannot read ${ref.fullName}: its installation does not include this repository`);
    }
    logger.warn({ err, repo: ref.fullName }, 'repository read failed');
    throw new HttpError(502, `GitHub could not be asked where ${ref.fullName} stands; try again shortly`);
  }
}

function statusOf(err: unknown): number | undefined {
  return (err as { status?: number }).status;
}
