// Dedupe key of a run (DESIGN.md section 3): one repository at one commit. The engine computes the same
// from source.repoUrl + source.commitSha, so a webhook's run and the engine's agree on it.
import { createHash } from 'node:crypto';

/** sha256 hex of `${repoUrl}\n${sha}`; repoUrl is the repository's html_url. */
export function fingerprintOf(repoUrl: string, sha: string): string {
  return createHash('sha256').update(`${repoUrl}\n${sha}`).digest('hex');
}
