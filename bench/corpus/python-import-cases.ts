// Python single-bug repositories with a broken import: a misspelt module, a wrong relative path,
// a name imported from the wrong module, a name the package does not export. Checked by flake8
// and pytest, as a GitHub workflow runs them.
import { pythonProject } from '../../test/helpers/python-project.ts';
import { lineOf, type BenchCase } from './types.ts';


const FORMATTING = ['def money(cents):', "    return f'{cents // 100}.{cents % 100:02d}'", ''].join('\n');
const SUMS = ['def total(cents):', '    return sum(cents)', ''].join('\n');
/** The test of `summary`, imported from the report module (dotted name). */
function tests(module: string): string {
  return [`from ${module} import summary`, '', '', 'def test_summary():', "    assert summary([150, 275]) == 'total 4.25'", ''].join('\n');
}

/** The `ledger` package with its helpers, a report module (at `file`) importing them, and its test. */
function ledgerRepo(file: string, report: string): Record<string, string> {
  const module = file.replace(/^src\//, '').replace(/\.py$/, '').replaceAll('/', '.');
  const packages = module.split('.').slice(0, -1).map((_, i, parts) => `src/${parts.slice(0, i + 1).join('/')}/__init__.py`);
  return pythonProject({
    ...Object.fromEntries(packages.map((p) => [p, ''])),
    'src/ledger/formatting.py': FORMATTING,
    'src/ledger/sums.py': SUMS,
    [file]: report,
    'tests/test_report.py': tests(module),
  });
}

function importCase(name: string, kind: string, report: string, needle: string, file = 'src/ledger/report.py'): BenchCase {
  return { name, language: 'python', kind, files: ledgerRepo(file, report), bug: { bugType: 'IMPORT', file, line: lineOf(report, needle) } };
}

function report(imports: string[]): string {
  return [...imports, '', '', 'def summary(cents):', "    return 'total ' + money(total(cents))", ''].join('\n');
}

/** The Python import cases. */
export function pythonImportCases(): BenchCase[] {
  return [
    importCase('py-import-module-typo', 'misspelt module', report(['from ledger.formating import money', 'from ledger.sums import total']), 'formating'),
    importCase('py-import-wrong-module', 'name from the wrong module', report(['from ledger.formatting import money, total']), 'import money, total'),
    importCase('py-import-missing-export', 'name the package does not export', report(['from ledger import money', 'from ledger.sums import total']), 'from ledger import money'),
    importCase('py-import-relative-path', 'wrong relative path', report(['from ..formatting import money', 'from .sums import total']), 'from .sums import', 'src/ledger/reports/summary.py'),
  ];
}
