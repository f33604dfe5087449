// TYPE_ERROR single-bug repositories: Python checked by pytest (a TypeError in the module under
// test), TypeScript checked by its own tsc (a misspelt property, a missing await).
import { tscProject, vendoredTypescript } from '../../test/helpers/typescript-tools.ts';
import { pythonPackageCase } from './python-case.ts';
import { lineOf, type BenchCase } from './types.ts';


function pyTypeCase(name: string, kind: string, pkg: string, moduleName: string, module: string, tests: string, needle: string): BenchCase {
  return pythonPackageCase({ name, kind, bugType: 'TYPE_ERROR', pkg, moduleName, module, tests, needle, project: { checks: ['python -m pytest -q'], flake8Config: false } });
}

/** The TYPE_ERROR cases: str/int clashes in Python, a near-name property and a missing await in TypeScript. */
export function typeErrorCases(): BenchCase[] {
  const typescript = vendoredTypescript();
  const report = ['export function headline(title: string, count: number): string {', '  return `${title.toUpperCase()} (${title.lenght + count})`;', '}', ''].join('\n');
  const fetcher = [
    'async function isOnline(host: string): Promise<boolean> {',
    "  return host.length > 0;",
    '}',
    '',
    'export async function status(host: string): Promise<string> {',
    '  if (isOnline(host)) {',
    "    return 'up';",
    '  }',
    "  return 'down';",
    '}',
    '',
  ].join('\n');
  return [
    pyTypeCase(
      'py-type-concat',
      'str/int concatenation',
      'receipts',
      'lines',
      ['def line(item, quantity):', '    return item + " x" + quantity', '', '', 'def receipt(items):', '    return "\\n".join(line(i, q) for i, q in items)', ''].join('\n'),
      ['from receipts.lines import receipt', '', '', 'def test_receipt():', '    assert receipt([("tea", 2), ("cake", 1)]) == "tea x2\\ncake x1"', ''].join('\n'),
      'return item + " x"',
    ),
    pyTypeCase(
      'py-type-compare',
      'str/int comparison',
      'clinic',
      'triage',
      ['def needs_doctor(temperature):', '    return temperature > "38"', ''].join('\n'),
      ['from clinic.triage import needs_doctor', '', '', 'def test_fever():', '    assert needs_doctor(39)', '    assert not needs_doctor(37)', ''].join('\n'),
      'temperature > "38"',
    ),
    {
      name: 'ts-type-near-name',
      language: 'typescript',
      kind: 'misspelt property',
      files: tscProject({ 'src/report.ts': report }, typescript),
      bug: { bugType: 'TYPE_ERROR', file: 'src/report.ts', line: lineOf(report, 'lenght') },
    },
    {
      name: 'ts-type-missing-await',
      language: 'typescript',
      kind: 'missing await',
      files: tscProject({ 'src/fetcher.ts': fetcher }, typescript),
      bug: { bugType: 'TYPE_ERROR', file: 'src/fetcher.ts', line: lineOf(fetcher, 'if (isOnline') },
    },
  ];
}
