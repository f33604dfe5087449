// Localisation from the failing tests' calls (src/heal/localise/test-calls.ts), on repositories held
// in memory: nothing runs, the ranking comes from the syntax trees alone.
import { describe, expect, it } from 'vitest';
import { rankFromTestCalls } from '../../../src/heal/localise/test-calls.ts';
import type { Failure, WorkspaceReader } from '../../../src/heal/types.ts';
import { javascriptVitestLogic } from '../../helpers/broken-js-repos.ts';

function readerOf(files: Record<string, string>): WorkspaceReader {
  return { root: '/repo', readText: async (file) => files[file] ?? null, listFiles: async () => Object.keys(files) };
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const failure = (file: string, line: number, test?: string): Failure => ({ file, line, bugType: 'LOGIC', message: 'expected 3 to be 2', tool: 'vitest', check: 'c', ...(test ? { test } : {}) });
const notTests = (file: string) => !file.includes('test');

// Line 9 should read `v > threshold`: the package the vitest end-to-end test heals.
const STATS = javascriptVitestLogic()['src/stats.js'];

describe('rankFromTestCalls', () => {
  it('ranks the statements of the function only the failing test calls, and nothing only passing tests call', async () => {
    const reader = readerOf({
      'src/stats.js': STATS,
      'test/stats.test.js': lines(
        "import { describe, expect, it } from 'vitest';",
        "import { clamp, countAbove } from '../src/stats.js';",
        '',
        "describe('stats', () => {",
        "  it('keeps values inside', () => expect(clamp(5, 0, 10)).toBe(5));",
        "  it('counts strictly above', () => {",
        '    expect(countAbove([1, 2, 3, 4], 2)).toBe(2);',
        '  });',
        "  it('counts all', () => expect(countAbove([5, 6], 1)).toBe(2));",
        '});',
      ),
    });

    const ranked = await rankFromTestCalls({ failures: [failure('test/stats.test.js', 7)], reader, keep: notTests });

    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['src/stats.js:8', 'src/stats.js:9', 'src/stats.js:10']);
    // One failing test of one, reached by one of the two passing: 1 / sqrt(1 * 2).
    expect(ranked[0].score).toBeCloseTo(1 / Math.SQRT2);
    expect(ranked.every((r) => !r.onFailingPath)).toBe(true);
  });

  it('follows require, an index file and an instance made in a hook to the class method the failing test calls', async () => {
    const reader = readerOf({
      'lib/index.js': "module.exports = require('./inventory');\n",
      'lib/inventory.js': lines(
        'class Inventory {',
        '  constructor() {',
        '    this.items = new Map();',
        '  }',
        '  add(name, qty) {',
        '    this.items.set(name, (this.items.get(name) || 0) + qty);',
        '  }',
        '  lowStock(limit) {',
        '    return [...this.items].filter(([, qty]) => qty <= limit).map(([name]) => name);',
        '  }',
        '}',
        'module.exports = { Inventory };',
      ),
      '__tests__/inventory.test.js': lines(
        "const { Inventory } = require('../lib');",
        'let inv;',
        'beforeEach(() => {',
        '  inv = new Inventory();',
        "  inv.add('pear', 2);",
        '});',
        "test('adds up', () => expect(inv.items.size).toBe(1));",
        "test('lists low stock', () => {",
        "  expect(inv.lowStock(3)).toEqual(['pear']);",
        '  expect(inv.lowStock(2)).toEqual([]);',
        '});',
      ),
    });

    const ranked = await rankFromTestCalls({ failures: [failure('__tests__/inventory.test.js', 10)], reader, keep: notTests });

    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['lib/inventory.js:9']);
  });

  it('reaches a TypeScript function through `export *` and a renaming re-export, and ranks its callee after it', async () => {
    const reader = readerOf({
      'src/index.ts': lines("export * from './median';", "export { average as mean } from './average';"),
      'src/average.ts': lines('export function average(xs: number[]): number {', '  return xs.reduce((a, b) => a + b, 0) / xs.length;', '}'),
      'src/median.ts': lines(
        "import { sorted } from './sort';",
        'export function median(xs: number[]): number {',
        '  const s = sorted(xs);',
        '  const mid = Math.floor(s.length / 2);',
        '  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;',
        '}',
      ),
      'src/sort.ts': lines('export const sorted = (xs: number[]) => [...xs].sort((a, b) => b - a);'),
      'test/stats.spec.ts': lines(
        "import { expect, test } from 'vitest';",
        "import { mean, median } from '../src';",
        "test('mean', () => expect(mean([1, 2, 3])).toBe(2));",
        "test('median of an odd count', () => expect(median([3, 1, 2])).toBe(2));",
        "test('median of an even count', () => expect(median([4, 1, 3, 2])).toBe(2.5));",
      ),
    });

    const failures = [failure('test/stats.spec.ts', 4), failure('test/stats.spec.ts', 5)];
    const ranked = await rankFromTestCalls({ failures, reader, keep: notTests });

    // median's statements at full weight, then the arrow function it calls, one level down.
    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['src/median.ts:3', 'src/median.ts:4', 'src/median.ts:5', 'src/sort.ts:1']);
    expect(ranked[3].score).toBeCloseTo(ranked[0].score * 0.8);
  });

  it('finds the block by the test name when the failing line is in a helper outside it, and the default export it calls', async () => {
    const reader = readerOf({
      'src/title.mjs': lines('export default function title(s) {', '  return s.charAt(0).toLowerCase() + s.slice(1);', '}'),
      'test/title.test.mjs': lines(
        "import assert from 'node:assert/strict';",
        "import title from '../src/title.mjs';",
        'function same(a, b) {',
        '  assert.equal(a, b);',
        '}',
        "it('capitalises', () => same(title('word'), 'Word'));",
      ),
    });

    const ranked = await rankFromTestCalls({ failures: [failure('test/title.test.mjs', 4, 'title > capitalises')], reader, keep: notTests });

    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['src/title.mjs:2']);
  });

  it('reaches a module through a path alias when one module matches the path after it', async () => {
    const reader = readerOf({
      'src/lib/stats.ts': STATS,
      'src/lib/other/stats.test-helpers.ts': 'export const x = 1;\n',
      'tests/stats.test.ts': lines("import { countAbove } from '@/lib/stats';", "it('counts', () => expect(countAbove([1, 2], 1)).toBe(1));"),
    });

    const ranked = await rankFromTestCalls({ failures: [failure('tests/stats.test.ts', 2)], reader, keep: notTests });

    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['src/lib/stats.ts:8', 'src/lib/stats.ts:9', 'src/lib/stats.ts:10']);
  });

  it('reaches functions held by an exported object, through a default import', async () => {
    const reader = readerOf({
      'lib/calc.js': lines('module.exports = {', '  add: (a, b) => a + b,', '  sub(a, b) {', '    return b - a;', '  },', '};'),
      'test/calc.test.js': lines("const calc = require('../lib/calc');", "it('adds', () => expect(calc.add(1, 2)).toBe(3));", "it('subtracts', () => expect(calc.sub(5, 2)).toBe(3));"),
    });

    const ranked = await rankFromTestCalls({ failures: [failure('test/calc.test.js', 3)], reader, keep: notTests });

    expect(ranked.map((r) => `${r.file}:${r.line}`)).toEqual(['lib/calc.js:4']);
  });

  it('ranks nothing for a failure outside any JavaScript test block, or in a Python test', async () => {
    const reader = readerOf({ 'src/stats.js': STATS, 'test/stats.test.js': lines("import { clamp } from '../src/stats.js';", 'clamp(1, 2, 3);'), 'tests/test_a.py': 'def test_a():\n    assert False\n' });

    expect(await rankFromTestCalls({ failures: [failure('test/stats.test.js', 2)], reader, keep: notTests })).toEqual([]);
    expect(await rankFromTestCalls({ failures: [failure('tests/test_a.py', 2)], reader, keep: notTests })).toEqual([]);
  });
});
