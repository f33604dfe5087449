import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { focusedTestCommand, localiseFault } from '../../../src/heal/localise/index.ts';
import { setUpCheck, type LocaliseSetup } from '../../helpers/check-workspace.ts';

// Line 2 should read `x <= hi`: the upper bound is meant to be inside.
const RANGES = [
  'export function inRange(x, lo, hi) {',
  '  return lo <= x && x < hi;',
  '}',
  '',
  'export function clamp(x, lo, hi) {',
  '  if (x < lo) {',
  '    return lo;',
  '  }',
  '  if (x > hi) {',
  '    return hi;',
  '  }',
  '  return x;',
  '}',
  '',
].join('\n');

const RANGES_TESTS = [
  "import { describe, test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { clamp, inRange } from '../lib/ranges.js';",
  '',
  "describe('inRange', () => {",
  "  test('inside', () => assert.equal(inRange(5, 0, 10), true));",
  "  test('below', () => assert.equal(inRange(-1, 0, 10), false));",
  "  test('at the upper bound', () => assert.equal(inRange(10, 0, 10), true));",
  '});',
  '',
  "test('clamp keeps inside values', () => assert.equal(clamp(5, 0, 10), 5));",
  "test('clamp raises low values', () => assert.equal(clamp(-5, 0, 10), 0));",
  '',
].join('\n');

const PACKAGE = `${JSON.stringify({ name: 'ranges', type: 'module', scripts: { test: 'node --test test/' } })}\n`;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let setup: LocaliseSetup | null = null;
afterEach(async () => {
  await setup?.cleanup();
  setup = null;
});

describe('localiseFault on a node:test suite', () => {
  it('slices V8 coverage per test and ranks the wrong comparison first', async () => {
    setup = await setUpCheck({ 'package.json': PACKAGE, 'lib/ranges.js': RANGES, 'test/ranges.test.js': RANGES_TESTS }, 'node --test test/', 'node-test', 'javascript');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(setup.logic.map((f) => f.test)).toEqual(['inRange > at the upper bound']);
    expect(result.method).toBe('v8-coverage');
    expect(result.note).toBeUndefined();
    expect(result.passingTests).toBe(4);
    // inRange's body runs in the failing test and two passing ones; clamp's lines in no failing test.
    expect(result.ranked).toEqual([{ file: 'lib/ranges.js', line: 2, score: 1 / Math.sqrt(3), onFailingPath: false }]);
    expect(await setup.workspace.readText('_rift_v8.mjs')).toBeNull();
    expect(await setup.workspace.readText('_rift_v8.jsonl')).toBeNull();
    const focused = await setup.runner.run(focusedTestCommand(setup.check, result.failingTests)!);
    expect(focused.output).toMatch(/^# pass 0$/m);
    expect(focused.output).toMatch(/^# fail 1$/m);
  });

  it('traces the same suite run through its npm script', async () => {
    setup = await setUpCheck({ 'package.json': PACKAGE, 'lib/ranges.js': RANGES, 'test/ranges.test.js': RANGES_TESTS }, 'npm test', 'node-test', 'javascript');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(result.method).toBe('v8-coverage');
    expect(result.ranked[0]).toMatchObject({ file: 'lib/ranges.js', line: 2 });
  });
});

// Line 5 should read `return x <= hi;`.
const RANGES_TS = [
  'export function inRange(x: number, lo: number, hi: number): boolean {',
  '  if (x < lo) {',
  '    return false;',
  '  }',
  '  return x < hi;',
  '}',
  '',
].join('\n');

const RANGES_TS_TESTS = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { inRange } from '../src/ranges.js';",
  '',
  "test('below', () => assert.equal(inRange(-1, 0, 10), false));",
  "test('inside', () => assert.equal(inRange(5, 0, 10), true));",
  "test('at the upper bound', () => assert.equal(inRange(10, 0, 10), true));",
  '',
].join('\n');

// tsc's CommonJS output with source maps, as a repository that commits (or builds) dist/ has it.
async function compiled(sources: Record<string, string>): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rift-tsc-'));
  try {
    for (const [file, text] of Object.entries(sources)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), text);
    }
    const args = ['--outDir', 'dist', '--sourceMap', '--target', 'es2022', '--module', 'commonjs', '--rootDir', '.', '--esModuleInterop', '--skipLibCheck', '--typeRoots', path.join(ROOT, 'node_modules/@types'), '--types', 'node', ...Object.keys(sources)];
    await execa(path.join(ROOT, 'node_modules/.bin/tsc'), args, { cwd: dir });
    const out: Record<string, string> = {};
    for (const file of Object.keys(sources)) {
      const js = path.posix.join('dist', file.replace(/\.ts$/, '.js'));
      out[js] = await readFile(path.join(dir, js), 'utf8');
      out[`${js}.map`] = await readFile(path.join(dir, `${js}.map`), 'utf8');
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('localiseFault on compiled TypeScript', () => {
  it('maps the coverage of the emitted JavaScript back to the TypeScript lines through the source maps', async () => {
    const sources = { 'src/ranges.ts': RANGES_TS, 'test/ranges.test.ts': RANGES_TS_TESTS };
    setup = await setUpCheck({ ...sources, ...(await compiled(sources)) }, 'node --test dist/test/', 'node-test', 'typescript');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(result.method).toBe('v8-coverage');
    expect(result.ranked.map((r) => [r.file, r.line, Number(r.score.toFixed(3))])).toEqual([
      ['src/ranges.ts', 5, 0.707],
      ['src/ranges.ts', 2, 0.577],
    ]);
  });
});
