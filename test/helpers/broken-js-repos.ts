// File maps of small broken JavaScript and TypeScript repositories for pipeline tests. The real tools
// check them (node --test; tsc from a vendored copy); nothing here is known to the engine.
import { tscProject } from './typescript-tools.ts';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** An ESM package tested by node:test whose cart module misses the `)` closing a call. */
export function javascriptMissingParen(): Record<string, string> {
  return {
    'package.json': json({ name: 'cart', version: '1.0.0', private: true, type: 'module', scripts: { test: 'node --test' } }),
    'src/money.js': ['export function roundCents(value) {', '  return Math.round(value * 100) / 100;', '}', ''].join('\n'),
    'src/cart.js': [
      "import { roundCents } from './money.js';",
      '',
      'export function lineTotal(item) {',
      '  return item.price * item.quantity;',
      '}',
      '',
      'export function cartTotal(items) {',
      '  return roundCents(items.reduce((sum, item) => sum + lineTotal(item), 0);',
      '}',
      '',
    ].join('\n'),
    'test/cart.test.js': [
      "import { test } from 'node:test';",
      "import assert from 'node:assert/strict';",
      "import { cartTotal, lineTotal } from '../src/cart.js';",
      '',
      "test('totals one line', () => {",
      '  assert.equal(lineTotal({ price: 2.5, quantity: 2 }), 5);',
      '});',
      '',
      "test('sums and rounds the cart', () => {",
      '  assert.equal(cartTotal([{ price: 0.1, quantity: 3 }, { price: 1, quantity: 2 }]), 2.3);',
      '});',
      '',
    ].join('\n'),
  };
}

/**
 * A TypeScript project checked by a vendored tsc (`typescript` from vendoredTypescript()): a missing `)`
 * in src/a.ts hides an unused import in src/b.ts, since tsc reports semantic errors only once it parses.
 */
export function typescriptSyntaxHidingUnusedImport(typescript: Record<string, string>): Record<string, string> {
  return tscProject({
    'src/a.ts': [
      'export function metres(feet: number): number {',
      '  return round(feet * 0.3048;',
      '}',
      '',
      'export function feet(m: number): number {',
      '  return round(m / 0.3048);',
      '}',
      '',
      'function round(value: number): number {',
      '  return Math.round(value * 1000) / 1000;',
      '}',
      '',
    ].join('\n'),
    'src/b.ts': [
      "import { feet, metres } from './a';",
      '',
      'export function climb(startFeet: number, gainFeet: number): number {',
      '  return metres(startFeet + gainFeet);',
      '}',
      '',
    ].join('\n'),
  }, typescript);
}

/**
 * An ESM package tested by vitest (installed from the registry in RIFT's install phase, as CI would):
 * slug.js misses a `)`, which Vite reports vaguely, at line 1 of the module.
 */
export function javascriptVitestMissingParen(): Record<string, string> {
  return {
    'package.json': json({ name: 'slugs', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' } }),
    '.gitignore': 'node_modules/\n',
    'src/slug.js': ['export function slug(text) {', "  return text.trim().toLowerCase().replace(/\\s+/g, '-';", '}', ''].join('\n'),
    'test/slug.test.js': [
      "import { expect, test } from 'vitest';",
      "import { slug } from '../src/slug.js';",
      '',
      "test('slugs words', () => {",
      "  expect(slug(' Hello World ')).toBe('hello-world');",
      '});',
      '',
    ].join('\n'),
  };
}

/**
 * A vitest package whose countAbove counts values equal to the threshold too (line 9 should read
 * `v > threshold`): a wrong value, not a throw, so no stack names the source file.
 */
export function javascriptVitestLogic(): Record<string, string> {
  return {
    'package.json': json({ name: 'stats', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '4.1.12' } }),
    '.gitignore': 'node_modules/\n',
    'src/stats.js': [
      'export function clamp(value, low, high) {',
      '  if (value < low) return low;',
      '  if (value > high) return high;',
      '  return value;',
      '}',
      '',
      'export function countAbove(values, threshold) {',
      '  let count = 0;',
      '  for (const v of values) if (v >= threshold) count += 1;',
      '  return count;',
      '}',
      '',
    ].join('\n'),
    'test/stats.test.js': [
      "import { describe, expect, it } from 'vitest';",
      "import { clamp, countAbove } from '../src/stats.js';",
      '',
      "describe('clamp', () => {",
      "  it('keeps values inside', () => expect(clamp(5, 0, 10)).toBe(5));",
      "  it('raises low values', () => expect(clamp(-1, 0, 10)).toBe(0));",
      '});',
      '',
      "describe('countAbove', () => {",
      "  it('counts strictly above', () => expect(countAbove([1, 2, 3, 4], 2)).toBe(2));",
      "  it('counts none', () => expect(countAbove([1, 1], 1)).toBe(0));",
      "  it('counts all', () => expect(countAbove([5, 6], 1)).toBe(2));",
      '});',
      '',
    ].join('\n'),
  };
}

/**
 * A CommonJS package tested by mocha whose longestWord keeps the shorter word (line 4 should compare
 * with `>`): mocha's report, its --grep focus and the functions the failing tests call, end to end.
 */
export function javascriptMochaLogic(): Record<string, string> {
  return {
    'package.json': json({ name: 'words', version: '1.0.0', private: true, scripts: { test: 'mocha' }, devDependencies: { mocha: '10.8.2' } }),
    '.gitignore': 'node_modules/\n',
    'lib/words.js': [
      'function longestWord(text) {',
      "  let best = '';",
      '  for (const word of text.split(/\\s+/)) {',
      '    if (word.length < best.length) best = word;',
      '  }',
      '  return best;',
      '}',
      '',
      'module.exports = { longestWord };',
      '',
    ].join('\n'),
    'test/words.test.js': [
      "const assert = require('assert');",
      "const { longestWord } = require('../lib/words');",
      '',
      "describe('longestWord', function () {",
      "  it('finds the longest', function () {",
      "    assert.strictEqual(longestWord('a quick fox'), 'quick');",
      '  });',
      "  it('keeps a single word', function () {",
      "    assert.strictEqual(longestWord('alone'), 'alone');",
      '  });',
      '});',
      '',
    ].join('\n'),
  };
}
