// A run's private copy of the repository: cloned from the source, on the fix branch, the only place
// RIFT writes. Its git config holds no credential and runs no hook.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileEdit, WorkspaceReader } from '../types.ts';
import { assertNoCredentialsInGitConfig } from '../sandbox/index.ts';
import { git } from './git.ts';
import { resolveInside } from './safe-path.ts';
import type { RepoSource } from './source.ts';
import { readTextFile } from './text-file.ts';

/** The identity of RIFT's commits. */
export const AGENT_NAME = 'RIFT AI Agent';
export const AGENT_EMAIL = 'rift-agent@users.noreply.github.com';

export interface Workspace extends WorkspaceReader {
  /** The run's directory: holds repo/ (the clone) and home/ (HOME for sandboxed commands). */
  dir: string;
  home: string;
  branch: string;
  /** Why a file could not be read, for the fix record ("file is binary"); null when readable. */
  unreadableReason(file: string): Promise<string | null>;
  /** Writes a patch's edits after checking each file still holds `before`; throws and writes nothing otherwise. */
  applyEdits(edits: FileEdit[]): Promise<void>;
  /** Puts back each edited file's `before` text. */
  undoEdits(edits: FileEdit[]): Promise<void>;
  /** Commits exactly these files; returns the new commit's sha. */
  commit(files: string[], message: string): Promise<string>;
  /** Undoes a commit with a new commit carrying `message`; returns its sha. */
  revert(sha: string, message: string): Promise<string>;
  /** Reverts a commit in the work tree only, for a trial run; `discardTrial` restores HEAD. */
  trialRevert(sha: string): Promise<boolean>;
  discardTrial(): Promise<void>;
  headSha(): Promise<string>;
  subjectOf(sha: string): Promise<string>;
  /** Removes the run's directory. */
  dispose(): Promise<void>;
}

/** Where run directories live: RIFT_WORK_DIR, else the system temp directory. */
export function defaultWorkRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.RIFT_WORK_DIR ?? path.join(os.tmpdir(), 'rift-work');
}

/** Clones the source at its commit into a fresh run directory and creates the fix branch there. */
export async function createWorkspace(source: RepoSource, options: { runId: string; branch: string; workRoot: string }): Promise<Workspace> {
  const dir = path.join(options.workRoot, `run-${options.runId}`);
  const repo = path.join(dir, 'repo');
  const home = path.join(dir, 'home');
  // A run started again after its worker died on this machine finds that attempt's directory: start clean.
  await rm(dir, { recursive: true, force: true });
  await mkdir(home, { recursive: true });

  await git(dir, ['clone', '--quiet', '--no-checkout', source.cloneFrom, repo], { timeoutMs: 600_000, env: source.cloneEnv });
  await git(repo, ['checkout', '--quiet', '-B', options.branch, source.commitSha]);
  await git(repo, ['config', 'user.name', AGENT_NAME]);
  await git(repo, ['config', 'user.email', AGENT_EMAIL]);
  // The remote may carry a token in server mode; the sandbox must never find it in .git/config.
  await git(repo, ['remote', 'remove', 'origin'], { allowFailure: true });
  await assertNoCredentialsInGitConfig(repo);

  return openWorkspace(dir, options.branch);
}

/** The Workspace over an existing run directory (tests build their own). */
export function openWorkspace(dir: string, branch: string): Workspace {
  const root = path.join(dir, 'repo');
  const home = path.join(dir, 'home');

  async function read(file: string) {
    const absolute = await resolveInside(root, file);
    if (!absolute) return { ok: false as const, reason: 'path is outside the repository or goes through a symlink' };
    return readTextFile(absolute);
  }

  return {
    root,
    dir,
    home,
    branch,

    async readText(file) {
      const result = await read(file);
      return result.ok ? result.text : null;
    },

    async unreadableReason(file) {
      const result = await read(file);
      return result.ok ? null : result.reason;
    },

    async listFiles() {
      const listed = await git(root, ['ls-files', '-z']);
      return listed.stdout.split('\0').filter((file) => file !== '');
    },

    async applyEdits(edits) {
      const targets: Array<{ absolute: string; after: string }> = [];
      for (const edit of edits) {
        const absolute = await resolveInside(root, edit.file);
        if (!absolute) throw new Error(`refusing to write ${edit.file}: outside the repository`);
        const current = await readTextFile(absolute);
        const currentText = current.ok ? current.text : null;
        if (currentText !== edit.before && !(edit.before === '' && currentText === null)) {
          throw new Error(`refusing to write ${edit.file}: it changed since the patch was made`);
        }
        targets.push({ absolute, after: edit.after });
      }
      for (const target of targets) await writeFile(target.absolute, target.after, 'utf8');
    },

    async undoEdits(edits) {
      for (const edit of edits) {
        const absolute = await resolveInside(root, edit.file);
        if (absolute) await writeFile(absolute, edit.before, 'utf8');
      }
    },

    async commit(files, message) {
      await git(root, ['add', '--', ...files]);
      await git(root, ['commit', '--quiet', '--no-verify', '-m', message]);
      return (await git(root, ['rev-parse', 'HEAD'])).stdout.trim();
    },

    async revert(sha, message) {
      await git(root, ['revert', '--no-commit', sha]);
      await git(root, ['commit', '--quiet', '--no-verify', '-m', message]);
      return (await git(root, ['rev-parse', 'HEAD'])).stdout.trim();
    },

    async trialRevert(sha) {
      const reverted = await git(root, ['revert', '--no-commit', sha], { allowFailure: true });
      if (reverted.exitCode !== 0) await this.discardTrial();
      return reverted.exitCode === 0;
    },

    async discardTrial() {
      await git(root, ['revert', '--abort'], { allowFailure: true });
      await git(root, ['reset', '--quiet', '--hard', 'HEAD']);
    },

    async headSha() {
      return (await git(root, ['rev-parse', 'HEAD'])).stdout.trim();
    },

    async subjectOf(sha) {
      return (await git(root, ['log', '-1', '--format=%s', sha])).stdout.trim();
    },

    async dispose() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
