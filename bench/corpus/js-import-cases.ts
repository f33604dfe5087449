// IMPORT single-bug repositories: JavaScript ES modules tested by node:test, and TypeScript
// projects checked by their own copy of tsc (see ts-cases.ts). No network, no dependencies.
import { tscProject, vendoredTypescript } from '../../test/helpers/typescript-tools.ts';
import { lineOf, type BenchCase } from './types.ts';

const ESM_PACKAGE = `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module', scripts: { test: 'node --test' } }, null, 2)}\n`;

/** The import cases: an ESM path without its extension, a default export imported by name, a misspelled path, a missing import. */
export function jsImportCases(): BenchCase[] {
  const format = ['export function money(cents) {', '  return `$${(cents / 100).toFixed(2)}`;', '}', ''].join('\n');
  const invoice = [
    "import { money } from './format';",
    '',
    'export function invoiceLine(item) {',
    '  return `${item.name}: ${money(item.cents)}`;',
    '}',
    '',
  ].join('\n');
  const invoiceTest = [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "import { invoiceLine } from '../src/invoice.js';",
    '',
    "test('formats a line', () => {",
    "  assert.equal(invoiceLine({ name: 'Tea', cents: 250 }), 'Tea: $2.50');",
    '});',
    '',
  ].join('\n');

  const greet = ['export default function greet(name) {', '  return `Hello, ${name}!`;', '}', ''].join('\n');
  const banner = ["import { greet } from './greet.js';", '', 'export function banner(names) {', "  return names.map(greet).join('\\n');", '}', ''].join('\n');
  const bannerTest = [
    "import test from 'node:test';",
    "import assert from 'node:assert';",
    "import { banner } from '../lib/banner.js';",
    '',
    "test('greets everyone', () => {",
    "  assert.strictEqual(banner(['Ada', 'Alan']), 'Hello, Ada!\\nHello, Alan!');",
    '});',
    '',
  ].join('\n');

  const typescript = vendoredTypescript();
  const units = ['export function metres(feet: number): number {', '  return feet * 0.3048;', '}', ''].join('\n');
  const route = ["import { metres } from './unit';", '', 'export function climb(gainFeet: number): number {', '  return metres(gainFeet);', '}', ''].join('\n');
  const stats = ['export function mean(values: number[]): number {', '  return values.reduce((a, b) => a + b, 0) / values.length;', '}', ''].join('\n');
  const report = ['export function summary(values: number[]): string {', '  return `mean ${mean(values).toFixed(1)}`;', '}', ''].join('\n');

  return [
    {
      name: 'js-import-extension',
      language: 'javascript',
      kind: 'import path',
      files: { 'package.json': ESM_PACKAGE, 'src/format.js': format, 'src/invoice.js': invoice, 'test/invoice.test.js': invoiceTest },
      bug: { bugType: 'IMPORT', file: 'src/invoice.js', line: lineOf(invoice, "from './format'") },
    },
    {
      name: 'js-import-default',
      language: 'javascript',
      kind: 'import name',
      files: { 'package.json': ESM_PACKAGE, 'lib/greet.js': greet, 'lib/banner.js': banner, 'test/banner.test.js': bannerTest },
      bug: { bugType: 'IMPORT', file: 'lib/banner.js', line: lineOf(banner, 'import { greet }') },
    },
    {
      name: 'ts-import-path',
      language: 'typescript',
      kind: 'import path',
      files: tscProject({ 'src/units.ts': units, 'src/route.ts': route }, typescript),
      bug: { bugType: 'IMPORT', file: 'src/route.ts', line: lineOf(route, "from './unit'") },
    },
    {
      name: 'ts-import-missing',
      language: 'typescript',
      kind: 'missing import',
      files: tscProject({ 'src/stats.ts': stats, 'src/report.ts': report }, typescript),
      bug: { bugType: 'IMPORT', file: 'src/report.ts', line: lineOf(report, 'mean(values)') },
    },
  ];
}
