// Test support for the Python lint fixers: flake8 with its default selection (pycodestyle and
// pyflakes, no user config) on a temporary workspace, and one fixer run on one of its findings.
import { execa } from 'execa';
import type { Failure, Fixer, Patch } from '../../../../src/heal/types.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

// flake8's findings for a file, as the flake8 parser gives them.
export async function flake8All(dir: string, file: string, extra: string[] = []): Promise<Failure[]> {
  const { stdout } = await execa('flake8', ['--isolated', ...extra, file], { cwd: dir, reject: false });
  return [...stdout.matchAll(/^(.+?):(\d+):(\d+): (\w+) (.*)$/gm)].map((m) => ({
    file: m[1], line: Number(m[2]), column: Number(m[3]), code: m[4], message: m[5], tool: 'flake8', bugType: 'LINTING', check: 'test:flake8',
  }));
}

export interface LintFix {
  failure: Failure;
  patch: Patch;
  after: string;
  /** flake8's findings once the patch is written. */
  remaining: Failure[];
}

// Runs flake8 on `source`, fixes its first finding with `code`, writes the result back, runs flake8 again.
export async function fixFirst(fixer: Fixer, source: string, code: string, workspaces: TempWorkspace[], extra: string[] = []): Promise<LintFix> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = (await flake8All(ws.dir, 'mod.py', extra)).find((f) => f.code === code);
  if (!failure) throw new Error(`flake8 did not report ${code}`);
  const result = await fixer.fix(failure, ws.reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  const after = result.patch.edits[0].after;
  await ws.write('mod.py', after);
  return { failure, patch: result.patch, after, remaining: await flake8All(ws.dir, 'mod.py', extra) };
}

// The fixer's answer to flake8's first finding with `code`, without writing anything.
export async function answer(fixer: Fixer, source: string, code: string, workspaces: TempWorkspace[]) {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = (await flake8All(ws.dir, 'mod.py')).find((f) => f.code === code);
  if (!failure) throw new Error(`flake8 did not report ${code}`);
  return fixer.fix(failure, ws.reader);
}

export const codes = (failures: Failure[]): string[] => failures.map((f) => f.code ?? '');
