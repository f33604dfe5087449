// Resolves what the user asked to heal (a local path or a git URL) into a source RIFT can clone,
// or a BadInputError that says plainly what is wrong with it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BadInputError } from '../../errors/index.ts';
import { git } from './git.ts';

export interface RepoSource {
  /** What git clones from: an absolute path or a URL. */
  cloneFrom: string;
  /** The repository as reported: the URL, or the absolute path of a local repository. */
  repoUrl: string;
  /** The local repository the fix branch is fetched back into; null for a URL. */
  localPath: string | null;
  /** The commit being healed. */
  commitSha: string;
  /** The ref that names it: a branch of the local repository, or the remote's HEAD. */
  ref: string;
  /**
   * Extra environment for the clone alone (server mode: the installation token as an HTTP header).
   * Held in memory only: never in a URL, never in .git/config, never in the sandbox.
   */
  cloneEnv?: Record<string, string>;
}

const URL_PATTERN = /^(https?|git|ssh|file):\/\/|^[\w.-]+@[\w.-]+:/;

/** True when the argument looks like a git URL rather than a path. */
export function isGitUrl(value: string): boolean {
  return URL_PATTERN.test(value);
}

/** Checks the source exists, is a git repository and has a commit; names the problem when not. */
export async function resolveSource(target: string, cwd: string = process.cwd()): Promise<RepoSource> {
  if (target.trim() === '') throw new BadInputError('No repository given: pass a path or a git URL.');
  return isGitUrl(target) ? resolveUrl(target) : resolveLocal(path.resolve(cwd, target));
}

async function resolveLocal(dir: string): Promise<RepoSource> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new BadInputError(`${dir} does not exist.`);
  if (!info.isDirectory()) throw new BadInputError(`${dir} is not a directory.`);

  const top = await git(dir, ['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (top.exitCode !== 0) throw new BadInputError(`${dir} is not a git repository (run \`git init\` and commit first).`);
  const root = top.stdout.trim();

  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
  if (head.exitCode !== 0) throw new BadInputError(`${root} is an empty repository: it has no commit to heal.`);
  const branch = await git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { allowFailure: true });

  return {
    cloneFrom: root,
    repoUrl: root,
    localPath: root,
    commitSha: head.stdout.trim(),
    ref: branch.exitCode === 0 ? branch.stdout.trim() : 'HEAD',
  };
}

async function resolveUrl(url: string): Promise<RepoSource> {
  const listed = await git(process.cwd(), ['ls-remote', '--symref', url, 'HEAD'], { allowFailure: true, timeoutMs: 60_000 });
  if (listed.exitCode !== 0) {
    const reason = listed.stderr.trim().split('\n').pop() ?? 'no answer';
    throw new BadInputError(`Cannot reach ${url}: ${reason}`);
  }
  const shaLine = listed.stdout.split('\n').find((line) => /^[0-9a-f]{40}\tHEAD$/.test(line));
  if (!shaLine) throw new BadInputError(`${url} is an empty repository: it has no commit to heal.`);
  const refLine = listed.stdout.split('\n').find((line) => line.startsWith('ref: '));
  const ref = refLine ? refLine.slice('ref: '.length).split('\t')[0].replace(/^refs\/heads\//, '') : 'HEAD';
  return { cloneFrom: url, repoUrl: url, localPath: null, commitSha: shaLine.slice(0, 40), ref };
}
