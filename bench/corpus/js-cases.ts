// JavaScript single-bug repositories: plain ES modules tested by node:test, no dependencies to install.
import { lineOf, type BenchCase } from './types.ts';

/** The JavaScript cases: a missing `)` and a missing `}`. */
export function javascriptCases(): BenchCase[] {
  const cart = [
    'export function lineTotal(item) {',
    '  return item.price * item.quantity;',
    '}',
    '',
    'export function cartTotal(items) {',
    '  const total = items.reduce((sum, item) => sum + lineTotal(item), 0;',
    '  return Math.round(total * 100) / 100;',
    '}',
    '',
  ].join('\n');
  const cartTest = [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "import { cartTotal } from '../src/cart.mjs';",
    '',
    "test('sums the lines', () => {",
    '  assert.equal(cartTotal([{ price: 2.5, quantity: 2 }, { price: 1, quantity: 3 }]), 8);',
    '});',
    '',
  ].join('\n');

  // The `}` closing slugify is missing: no parser can see that before the end of the file, so the
  // function is last and the bug's line is where the brace belongs.
  const slug = [
    "const SEPARATOR = '-';",
    '',
    'export function slugify(title) {',
    '  const words = title.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);',
    '  return words.join(SEPARATOR);',
    '',
  ].join('\n');
  const slugTest = [
    "import test from 'node:test';",
    "import assert from 'node:assert';",
    "import { slugify } from '../lib/slug.mjs';",
    '',
    "test('slugifies a title', () => {",
    "  assert.strictEqual(slugify('Hello, Big World!'), 'hello-big-world');",
    '});',
    '',
  ].join('\n');

  return [
    {
      name: 'js-missing-paren',
      language: 'javascript',
      kind: 'missing paren/brace',
      files: {
        '.github/rift.yml': ['ci_command:', '  - node --check src/cart.mjs', '  - node --test test/', ''].join('\n'),
        'src/cart.mjs': cart,
        'test/cart.test.mjs': cartTest,
      },
      bug: { bugType: 'SYNTAX', file: 'src/cart.mjs', line: lineOf(cart, 'items.reduce') },
    },
    {
      name: 'js-missing-brace',
      language: 'javascript',
      kind: 'missing paren/brace',
      files: {
        'package.json': `${JSON.stringify({ name: 'slugger', version: '1.0.0', private: true, scripts: { test: 'node --test' } }, null, 2)}\n`,
        'lib/slug.mjs': slug,
        'test/slug.test.mjs': slugTest,
      },
      bug: { bugType: 'SYNTAX', file: 'lib/slug.mjs', line: lineOf(slug, 'words.join') + 1 },
    },
  ];
}
