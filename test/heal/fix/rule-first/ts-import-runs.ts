// Test support for the import fixers: a workspace with nested folders (tool-runs.ts' writes flat
// files only), and tsc (as a project, either module resolution) and node run on it, their output
// read by RIFT's own parsers, so the Failures are exactly what the pipeline would hand a fixer.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parseCheckOutput } from '../../../../src/heal/parse/index.ts';
import type { Failure, Fixer, Patch, WorkspaceReader } from '../../../../src/heal/types.ts';

const TSC = fileURLToPath(new URL('../../../../node_modules/.bin/tsc', import.meta.url));

export interface ImportWorkspace {
  dir: string;
  reader: WorkspaceReader;
  read(file: string): Promise<string>;
  /** Writes every edit of the patch. */
  apply(patch: Patch): Promise<void>;
  remove(): Promise<void>;
}

// A temporary repository holding `files` (nested paths allowed).
export async function importWorkspace(files: Record<string, string>): Promise<ImportWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'rift-import-'));
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) await write(file, text);
  const reader: WorkspaceReader = {
    root: dir,
    readText: (file) => readFile(join(dir, file), 'utf8').catch(() => null),
    listFiles: async () => Object.keys(files),
  };
  return {
    dir,
    reader,
    read: (file) => readFile(join(dir, file), 'utf8'),
    apply: async (patch) => {
      for (const edit of patch.edits) await write(edit.file, edit.after);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

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
