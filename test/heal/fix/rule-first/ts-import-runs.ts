// Test support for the import fixers: the fixer tests' temporary repository, and tsc (as a
// project, either module resolution) and node run on it, their output read by RIFT's own parsers,
// so the Failures are exactly what the pipeline would hand a fixer.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parseCheckOutput } from '../../../../src/heal/parse/index.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';
import type { Failure, Fixer, Patch, WorkspaceReader } from '../../../../src/heal/types.ts';

const TSC = fileURLToPath(new URL('../../../../node_modules/.bin/tsc', import.meta.url));

/** The fixer tests' temporary repository (nested paths allowed). */
export type ImportWorkspace = TempWorkspace;
export const importWorkspace = tempWorkspace;

export type Resolution = 'bundler' | 'nodenext';

// tsc -p over the workspace's .ts files, with the given module resolution.
export async function tscProject(dir: string, resolution: Resolution): Promise<Failure[]> {
  const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
  const config = { compilerOptions: { target: 'es2022', module, moduleResolution: resolution, strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['**/*.ts'] };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(config));
  const { stdout } = await execa(TSC, ['-p', '.'], { cwd: dir, reject: false });
  return parseCheckOutput(stdout, { repoRoot: dir, cwd: '.', check: 'tsc' });
}

// `node file` in the workspace; what it printed, as failures.
export async function nodeRun(dir: string, file: string): Promise<Failure[]> {
  const { all } = await execa('node', [file], { cwd: dir, reject: false, all: true });
  return parseCheckOutput(all ?? '', { repoRoot: dir, cwd: '.', check: 'node' });
}

// The fixer's patch for the failure; throws with the reason when it declines.
export async function patchFor(fixer: Fixer, failure: Failure | undefined, reader: WorkspaceReader): Promise<Patch> {
  if (!failure) throw new Error('the tool did not report the expected failure');
  const result = await fixer.fix(failure, reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  return result.patch;
}
