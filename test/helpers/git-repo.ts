// Small git repositories written by tests: a map of files, committed once, in a temp directory.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestRepo {
  dir: string;
  git: (...args: string[]) => string;
  cleanup: () => void;
}

/** Creates a git repository holding `files` in one commit on branch main. */
export function makeRepo(files: Record<string, string>, options: { executable?: string[] } = {}): TestRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'rift-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  for (const file of options.executable ?? []) chmodSync(path.join(dir, file), 0o755);
  if (Object.keys(files).length > 0) {
    git('add', '-A');
    git('commit', '--quiet', '-m', 'initial');
  }
  return { dir, git, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
