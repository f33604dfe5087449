// Lint single-bug repositories beyond unused imports: a Python package whose CI runs flake8 (with
// a config, so every pycodestyle and pyflakes code counts) and pytest, and a TypeScript project
// whose tsc reports unused locals.
import { tscProject, vendoredTypescript } from '../../test/helpers/typescript-tools.ts';
import { pythonPackageCase } from './python-case.ts';
import { lineOf, type BenchCase } from './types.ts';


function pyLintCase(name: string, kind: string, moduleName: string, module: string, tests: string, needle: string): BenchCase {
  return pythonPackageCase({ name, kind, bugType: 'LINTING', pkg: 'lintpkg', moduleName, module, tests, needle });
}

/** The lint cases: a comparison to None, a bare except, an unused local (Python), an unused local (TypeScript). */
export function lintCases(): BenchCase[] {
  const units = [
    'export function metres(feet: number): number {',
    '  const precision = 4;',
    '  return feet * 0.3048;',
    '}',
    '',
  ].join('\n');
  return [
    pyLintCase(
      'py-compare-none',
      'comparison to None',
      'lookup',
      ['def find(items, key):', '    value = items.get(key)', '    if value == None:', '        return "missing"', '    return value', ''].join('\n'),
      ['from lintpkg.lookup import find', '', '', 'def test_find():', '    assert find({"a": 1}, "b") == "missing"', '    assert find({"a": 1}, "a") == 1', ''].join('\n'),
      'if value == None',
    ),
    pyLintCase(
      'py-bare-except',
      'bare except',
      'numbers',
      ['def to_int(text):', '    try:', '        return int(text)', '    except:', '        return 0', ''].join('\n'),
      ['from lintpkg.numbers import to_int', '', '', 'def test_to_int():', '    assert to_int("7") == 7', '    assert to_int("x") == 0', ''].join('\n'),
      'except:',
    ),
    pyLintCase(
      'py-unused-variable',
      'unused variable',
      'prices',
      ['def discounted(price, rate):', '    original = price', '    return round(price * (1 - rate), 2)', ''].join('\n'),
      ['from lintpkg.prices import discounted', '', '', 'def test_discounted():', '    assert discounted(10.0, 0.25) == 7.5', ''].join('\n'),
      'original = price',
    ),
    {
      name: 'ts-unused-variable',
      language: 'typescript',
      kind: 'unused variable',
      files: tscProject({ 'src/units.ts': units }, vendoredTypescript()),
      bug: { bugType: 'LINTING', file: 'src/units.ts', line: lineOf(units, 'const precision') },
    },
  ];
}
