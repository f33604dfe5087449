// Writes a benchmark case as a git repository in a temp directory: every file in one commit on main.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchRepo {
  dir: string;
  cleanup(): void;
}

/** Creates a one-commit repository holding `files` under `parent`. */
export function writeRepo(parent: string, files: Record<string, string>): BenchRepo {
  const dir = mkdtempSync(path.join(parent, 'repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch=main');
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  git('add', '-A');
  git('commit', '--quiet', '-m', 'initial');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
