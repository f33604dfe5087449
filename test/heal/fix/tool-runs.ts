// Test support: a temporary workspace on disk, and the real tools run on it so tests build
// their Failures from what flake8, python3, tsc and node actually print.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { classifyPythonException } from '../../../src/heal/parse/classify/python.ts';
import type { Failure, Patch, ToolName, WorkspaceReader } from '../../../src/heal/types.ts';

const TSC = fileURLToPath(new URL('../../../node_modules/.bin/tsc', import.meta.url));

export interface TempWorkspace {
  dir: string;
  reader: WorkspaceReader;
  /** Writes a file (folders made as needed); the listing then includes it. */
  write(file: string, text: string): Promise<void>;
  read(file: string): Promise<string>;
  /** Writes every edit of a patch, as the pipeline would. */
  apply(patch: Patch): Promise<void>;
  remove(): Promise<void>;
}

// A workspace over a fresh temporary directory holding the given files.
export async function tempWorkspace(files: Record<string, string>): Promise<TempWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'rift-fix-'));
  const names = new Set(Object.keys(files));
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
    names.add(file);
  };
  for (const [file, text] of Object.entries(files)) await write(file, text);
  const reader: WorkspaceReader = {
    root: dir,
    readText: (file) => readFile(join(dir, file), 'utf8').catch(() => null),
    listFiles: async () => [...names],
  };
  return {
    dir,
    reader,
    write,
    read: (file) => readFile(join(dir, file), 'utf8'),
    apply: async (patch) => {
      for (const edit of patch.edits) await write(edit.file, edit.after);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function failure(file: string, line: number, message: string, tool: ToolName, extra: Partial<Failure>): Failure {
  return { file, line, message, tool, bugType: extra.bugType ?? null, check: `test:${tool}`, ...extra };
}

// flake8's reports for a file, as Failures (LINTING).
export async function flake8(dir: string, file: string): Promise<Failure[]> {
  const { stdout } = await execa('flake8', ['--select', 'F', file], { cwd: dir, reject: false });
  return [...stdout.matchAll(/^(.+?):(\d+):(\d+): (\w+) (.*)$/gm)].map((m) =>
    failure(m[1], Number(m[2]), m[5], 'flake8', { column: Number(m[3]), code: m[4], bugType: 'LINTING' }),
  );
}

// python3 -m py_compile's SyntaxError for a file, or null when it compiles.
export async function pyCompile(dir: string, file: string): Promise<Failure | null> {
  const { exitCode, stderr } = await execa('python3', ['-m', 'py_compile', file], { cwd: dir, reject: false });
  if (exitCode === 0) return null;
  // 3.11 prints `File "x", line N` then the error, or, for indentation, `Sorry: IndentationError: msg (x, line N)`.
  const sorry = /^Sorry: (\w+): (.*) \(.*, line (\d+)\)$/m.exec(stderr);
  const line = sorry ? [sorry[0], sorry[3]] : /File ".*", line (\d+)/.exec(stderr);
  const message = sorry ? [sorry[0], sorry[1], sorry[2]] : /^(SyntaxError|IndentationError|TabError): (.*)$/m.exec(stderr);
  if (!line || !message) throw new Error(`unexpected py_compile output: ${stderr}`);
  return failure(file, Number(line[1]), message[2], 'python', { code: message[1], bugType: classifyPythonException(message[1], message[2]) });
}

// tsc's diagnostics for one file; unused-name checks on, so TS6133/TS6192 show.
export async function tsc(dir: string, file: string): Promise<Failure[]> {
  const args = ['--noEmit', '--noUnusedLocals', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022', '--skipLibCheck', '--jsx', 'preserve', file];
  const { stdout } = await execa(TSC, args, { cwd: dir, reject: false });
  return [...stdout.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/gm)].map((m) =>
    failure(m[1], Number(m[2]), m[5], 'tsc', { column: Number(m[3]), code: m[4], bugType: m[4].startsWith('TS1') ? 'SYNTAX' : 'LINTING' }),
  );
}

// node --check's SyntaxError for a file, or null when it parses.
export async function nodeCheck(dir: string, file: string): Promise<Failure | null> {
  const { exitCode, stderr } = await execa('node', ['--check', file], { cwd: dir, reject: false });
  if (exitCode === 0) return null;
  const line = /^.*:(\d+)$/m.exec(stderr);
  const message = /^SyntaxError: (.*)$/m.exec(stderr);
  if (!line || !message) throw new Error(`unexpected node output: ${stderr}`);
  return failure(file, Number(line[1]), message[1], 'node', { code: 'SyntaxError', bugType: 'SYNTAX' });
}
