// Test support for the Python import fixers: a temporary repository with folders, and the real
// tools (python3, pytest, mypy, flake8) run on it, their output read by RIFT's own parsers.
import { execa } from 'execa';
import { parseCheckOutput } from '../../../../src/heal/parse/index.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';
import type { Failure, Fixer, Patch } from '../../../../src/heal/types.ts';

/** The fixer tests' temporary repository (folders made as needed). */
export type PyRepo = TempWorkspace;
export const pyRepo = tempWorkspace;

// The failures RIFT's parsers find in what a command prints when run in the repository.
export async function failuresOf(repo: PyRepo, command: string[], pythonpath = 'src'): Promise<Failure[]> {
  // mypy takes PYTHONPATH for installed packages ("module is installed, but missing library stubs").
  const env = command[0] === 'mypy' ? { MYPYPATH: pythonpath } : { PYTHONPATH: pythonpath, PYTHONDONTWRITEBYTECODE: '1' };
  const result = await execa(command[0], command.slice(1), { cwd: repo.dir, reject: false, env, all: true });
  return parseCheckOutput(result.all ?? '', { repoRoot: repo.dir, cwd: '.', check: 'test' });
}

// `python3 -c "import <module>"`: the import error of loading a module, as a Failure list.
export function importFailures(repo: PyRepo, module: string, pythonpath = 'src'): Promise<Failure[]> {
  return failuresOf(repo, ['python3', '-c', `import ${module}`], pythonpath);
}

// Runs a script file with python3.
export function runFailures(repo: PyRepo, file: string, pythonpath = 'src'): Promise<Failure[]> {
  return failuresOf(repo, ['python3', file], pythonpath);
}

// mypy's errors for one file (no cache written into the repository).
export function mypyFailures(repo: PyRepo, file: string, pythonpath = 'src'): Promise<Failure[]> {
  return failuresOf(repo, ['mypy', '--cache-dir=/dev/null', '--no-error-summary', file], pythonpath).then((all) =>
    all.filter((f) => f.tool === 'mypy'),
  );
}

// flake8's pyflakes reports for one file.
export function flake8Failures(repo: PyRepo, file: string): Promise<Failure[]> {
  return failuresOf(repo, ['flake8', '--select', 'F', file]).then((all) => all.filter((f) => f.tool === 'flake8'));
}

// Runs the fixer on the failure and writes its patch into the repository; throws when it declines.
export async function applyFix(fixer: Fixer, failure: Failure, repo: PyRepo): Promise<Patch> {
  const result = await fixer.fix(failure, repo.reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  for (const edit of result.patch.edits) await repo.write(edit.file, edit.after);
  return result.patch;
}

// The single failure of a list, with a clear error when the tool reported something else.
export function only(failures: Failure[]): Failure {
  if (failures.length !== 1) throw new Error(`expected one failure, got ${JSON.stringify(failures, null, 1)}`);
  return failures[0];
}
