// TYPE_ERROR single-bug repositories where a value may be None / undefined and the code itself
// shows what to do: Python checked by pytest (the function's own empty path shows the early
// return), TypeScript checked by its own tsc --strict (the file's own '??' default for the map).
import { tscProject } from '../../test/helpers/typescript-tools.ts';
import { pythonPackageCase } from './python-case.ts';
import { lineOf, type BenchCase } from './types.ts';

/** The None-guard cases: an early return in Python, a '??' default in TypeScript. */
export function noneGuardCases(): BenchCase[] {
  const module = [
    'def initials(people, key):',
    '    if not people:',
    '        return ""',
    '    name = people.get(key)',
    '    return name.upper()[:1]',
    '',
  ].join('\n');
  const tests = [
    'from roster.names import initials',
    '',
    '',
    'def test_known():',
    '    assert initials({"a": "ann"}, "a") == "A"',
    '',
    '',
    'def test_unknown():',
    '    assert initials({"a": "ann"}, "b") == ""',
    '',
  ].join('\n');
  const labels = [
    'const labels = new Map<string, string>();',
    '',
    'export function label(key: string): string {',
    "  return labels.get(key) ?? '';",
    '}',
    '',
    'export function shout(key: string): string {',
    '  const text = labels.get(key);',
    '  return text.toUpperCase();',
    '}',
    '',
  ].join('\n');
  return [
    pythonPackageCase({
      name: 'py-type-none-early-return',
      kind: 'None needs a guard',
      bugType: 'TYPE_ERROR',
      pkg: 'roster',
      moduleName: 'names',
      module,
      tests,
      needle: 'return name.upper()',
      project: { checks: ['python -m pytest -q'], flake8Config: false },
    }),
    {
      name: 'ts-type-none-default',
      language: 'typescript',
      kind: 'undefined needs a default',
      files: tscProject({ 'src/labels.ts': labels }),
      bug: { bugType: 'TYPE_ERROR', file: 'src/labels.ts', line: lineOf(labels, 'text.toUpperCase()') },
    },
  ];
}
