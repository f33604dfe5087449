// Which GitHub repository a run belongs to, from its repo_url. Only repositories on the configured
// GitHub (github.com or the GHE host) count: a CLI run of a local path, or of another host, has none.

/** A repository on the configured GitHub. */
export interface RepoRef {
  owner: string;
  name: string;
  /** `owner/name`, as the dashboard shows and filters it. */
  fullName: string;
}

// GitHub's own rules: owners are letters, digits and hyphens; names add dots and underscores.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** The repository of `${webOrigin}/owner/name` (a trailing `.git` or slash allowed); null for anything else. */
export function repoRefOf(repoUrl: string, webOrigin: string): RepoRef | null {
  let url: URL;
  try {
    url = new URL(repoUrl);
  } catch {
    return null;
  }
  if (url.origin.toLowerCase() !== webOrigin.toLowerCase() || url.username || url.password) return null;
  const parts = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  if (parts.length !== 2) return null;
  // Percent-encoded characters fail the patterns: no decoding, no surprises.
  const owner = parts[0];
  const name = parts[1].replace(/\.git$/, '');
  if (!OWNER.test(owner) || !NAME.test(name) || name === '.' || name === '..') return null;
  return { owner, name, fullName: `${owner}/${name}` };
}

/** Whether `fullName` is the repository of a filter (`owner/name`, case-insensitive as on GitHub). */
export function sameRepo(ref: RepoRef, fullName: string): boolean {
  return ref.fullName.toLowerCase() === fullName.toLowerCase();
}
