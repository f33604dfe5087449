// A workspace's .git/config is readable by every sandboxed command, so it must never hold a
// credential: no token inside a remote URL, no `http.extraheader` carrying an Authorization.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

/** An http(s) URL with userinfo (https://x-access-token:TOKEN@host, https://TOKEN@host). */
const HTTP_URL_WITH_USERINFO = /\bhttps?:\/\/[^/\s@"]+@/i;

/**
 * What in a git config's text is a credential, one short description each (never the value).
 * Pure, so the rules are tested on text.
 */
export function findGitConfigCredentials(configText: string): string[] {
  const problems: string[] = [];
  let section = '';
  for (const [index, raw] of configText.split(/\r?\n/).entries()) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1].trim();
      continue;
    }
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const key = line.split('=')[0].trim().toLowerCase();
    if (HTTP_URL_WITH_USERINFO.test(line)) problems.push(`line ${index + 1}: [${section}] ${key} holds a URL with a user or token`);
    if (key === 'extraheader') problems.push(`line ${index + 1}: [${section}] extraheader may carry an Authorization header`);
  }
  return problems;
}

/** The config file of the repository at `repoDir` (.git may be a file pointing elsewhere). */
async function gitConfigPath(repoDir: string): Promise<string> {
  const dotGit = join(repoDir, '.git');
  const info = await stat(dotGit);
  if (info.isDirectory()) return join(dotGit, 'config');
  const pointer = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8'));
  if (!pointer) throw new Error(`${dotGit} is neither a directory nor a gitdir pointer`);
  const gitDir = pointer[1].trim();
  return join(isAbsolute(gitDir) ? gitDir : resolve(repoDir, gitDir), 'config');
}

/** Throws (a bug of ours, not the user's) when the workspace's git config holds a credential. */
export async function assertNoCredentialsInGitConfig(repoDir: string): Promise<void> {
  const path = await gitConfigPath(repoDir);
  const problems = findGitConfigCredentials(await readFile(path, 'utf8'));
  if (problems.length > 0) {
    throw new Error(`credential in ${path}, readable by sandboxed commands: ${problems.join('; ')}`);
  }
}
