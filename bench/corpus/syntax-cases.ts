// Syntax errors beyond a missing colon or bracket: a forgotten comma and '=' for '==' in Python,
// a stray ')' in JavaScript, an unterminated string in TypeScript.
import { tscProject, vendoredTypescript } from '../../test/helpers/typescript-tools.ts';
import { pythonPackageCase } from './python-case.ts';
import { lineOf, type BenchCase } from './types.ts';

const PYTEST_ONLY = { checks: ['python -m pytest -q'], flake8Config: false };


/** A Python package checked by pytest alone. */
function pyCase(name: string, kind: string, pkg: string, moduleName: string, module: string, tests: string, needle: string): BenchCase {
  return pythonPackageCase({ name, kind, bugType: 'SYNTAX', pkg, moduleName, module, tests, needle, project: PYTEST_ONLY });
}

/** The syntax cases of the token and string fixers. */
export function syntaxCases(): BenchCase[] {
  const units = [
    'FACTORS = {',
    "    'km': 1000.0,",
    "    'm': 1.0",
    "    'cm': 0.01,",
    '}',
    '',
    '',
    'def to_metres(value, unit):',
    '    return value * FACTORS[unit]',
    '',
  ].join('\n');
  const unitsTest = ['from units.convert import to_metres', '', '', 'def test_to_metres():', "    assert to_metres(2, 'km') == 2000.0", "    assert to_metres(50, 'cm') == 0.5", ''].join('\n');

  const parity = ['def describe(n):', '    if n % 2 = 0:', "        return 'even'", "    return 'odd'", ''].join('\n');
  const parityTest = ['from numbers_kit.parity import describe', '', '', 'def test_describe():', "    assert describe(4) == 'even'", "    assert describe(7) == 'odd'", ''].join('\n');

  const price = [
    'export function withVat(net, rate = 0.2) {',
    '  return Math.round(net * (1 + rate) * 100)) / 100;',
    '}',
    '',
  ].join('\n');
  const priceTest = [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    "import { withVat } from '../src/price.mjs';",
    '',
    "test('adds the VAT', () => {",
    '  assert.equal(withVat(10), 12);',
    '});',
    '',
  ].join('\n');

  const greet = [
    'export function greeting(name: string): string {',
    '  const prefix = "Hello, ;',
    '  return prefix + name;',
    '}',
    '',
  ].join('\n');

  return [
    pyCase('py-missing-comma', 'missing comma', 'units', 'convert', units, unitsTest, "'m': 1.0"),
    pyCase('py-assign-for-equals', "'=' for '=='", 'numbers_kit', 'parity', parity, parityTest, 'if n % 2'),
    {
      name: 'js-stray-paren',
      language: 'javascript',
      kind: 'stray token',
      files: {
        '.github/rift.yml': ['ci_command:', '  - node --check src/price.mjs', '  - node --test test/', ''].join('\n'),
        'src/price.mjs': price,
        'test/price.test.mjs': priceTest,
      },
      bug: { bugType: 'SYNTAX', file: 'src/price.mjs', line: lineOf(price, 'Math.round') },
    },
    {
      name: 'ts-unterminated-string',
      language: 'typescript',
      kind: 'unterminated string',
      files: tscProject({ 'src/greet.ts': greet }, vendoredTypescript()),
      bug: { bugType: 'SYNTAX', file: 'src/greet.ts', line: lineOf(greet, 'const prefix') },
    },
  ];
}
