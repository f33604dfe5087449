// A run's fingerprint (DESIGN.md section 3): the repository and the commit, so two triggers for the
// same commit find each other whichever process receives them. Dedupe never uses the run id.
import { createHash } from 'node:crypto';

/** sha256 hex of "<repoUrl>\n<commitSha>". */
export function fingerprintOf(repoUrl: string, commitSha: string): string {
  return createHash('sha256').update(`${repoUrl}\n${commitSha}`).digest('hex');
}
