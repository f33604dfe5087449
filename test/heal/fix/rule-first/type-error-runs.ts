// Test support for the TYPE_ERROR fixers: the real checker (pytest, mypy, tsc --strict) run on a
// temporary workspace, its output read by RIFT's own parsers, so tests start from real Failures.
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parseCheckOutput } from '../../../../src/heal/parse/index.ts';
import type { Failure, Fixer, Patch } from '../../../../src/heal/types.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const TSC = fileURLToPath(new URL('../../../../node_modules/.bin/tsc', import.meta.url));

export type TypeChecker = 'pytest' | 'mypy' | 'tsc';

const COMMANDS: Record<TypeChecker, (file: string) => [string, string[]]> = {
  pytest: () => ['python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider']],
  mypy: (file) => ['/usr/bin/mypy', ['--no-error-summary', '--show-column-numbers', '--no-incremental', '--cache-dir=/dev/null', file]],
  tsc: (file) => [TSC, ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022', '--skipLibCheck', file]],
};

// The TYPE_ERROR failures the checker reports for the workspace, as RIFT's parsers read them.
export async function typeFailures(ws: TempWorkspace, checker: TypeChecker, file: string): Promise<Failure[]> {
  const [command, args] = COMMANDS[checker](file);
  const { stdout, stderr } = await execa(command, args, { cwd: ws.dir, reject: false });
  const failures = parseCheckOutput(`${stdout}\n${stderr}`, { repoRoot: ws.dir, cwd: '.', check: `test:${checker}` });
  return failures.filter((f) => f.bugType === 'TYPE_ERROR');
}

export interface TypeFixRun {
  ws: TempWorkspace;
  failure: Failure;
  patch: Patch;
  /** The checker's TYPE_ERROR failures once the patch is written. */
  after: Failure[];
}

const workspaces: TempWorkspace[] = [];

// Removes every workspace the tests made.
export async function removeWorkspaces(): Promise<void> {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
}

export async function typeWorkspace(files: Record<string, string>): Promise<TempWorkspace> {
  const ws = await tempWorkspace(files);
  workspaces.push(ws);
  return ws;
}

// The one failure the checker reports in `file` (the test's premise), fixed and written back.
export async function fixOnly(fixer: Fixer, files: Record<string, string>, checker: TypeChecker, file: string): Promise<TypeFixRun> {
  const ws = await typeWorkspace(files);
  const failures = (await typeFailures(ws, checker, file)).filter((f) => f.file === file);
  if (failures.length !== 1) throw new Error(`expected one failure, got: ${JSON.stringify(failures)}`);
  const result = await fixer.fix(failures[0], ws.reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  await ws.write(file, result.patch.edits[0].after);
  return { ws, failure: failures[0], patch: result.patch, after: await typeFailures(ws, checker, file) };
}

// The checker's first failure in `file` and the fixer's answer to it.
export async function answer(fixer: Fixer, files: Record<string, string>, checker: TypeChecker, file: string) {
  const ws = await typeWorkspace(files);
  const failure = (await typeFailures(ws, checker, file)).find((f) => f.file === file);
  if (!failure) throw new Error('the checker reported no failure');
  return { failure, result: await fixer.fix(failure, ws.reader) };
}
