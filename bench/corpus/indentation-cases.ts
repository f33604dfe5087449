// Python single-bug repositories whose bug is indentation: a stray indent, an unindented body,
// a tab in a space-indented file. Checked by flake8 and pytest, as a GitHub workflow runs them.
import { lineOf, type BenchCase } from './types.ts';

const WORKFLOW = [
  'name: ci',
  'on: [push, pull_request]',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: actions/setup-python@v5',
  '      - run: pip install pytest flake8',
  '      - run: flake8 src tests',
  '      - run: python -m pytest -q',
  '',
].join('\n');

function indentCase(name: string, kind: string, pkg: string, moduleName: string, module: string, tests: string, needle: string): BenchCase {
  const file = `src/${pkg}/${moduleName}.py`;
  return {
    name,
    language: 'python',
    kind,
    files: {
      '.flake8': '[flake8]\nmax-line-length = 100\n',
      'pytest.ini': '[pytest]\npythonpath = src\ntestpaths = tests\n',
      '.github/workflows/ci.yml': WORKFLOW,
      [`src/${pkg}/__init__.py`]: '',
      [`src/${pkg}/${moduleName}.py`]: module,
      [`tests/test_${moduleName}.py`]: tests,
    },
    bug: { bugType: 'INDENTATION', file, line: lineOf(module, needle) },
  };
}

/** The indentation cases: unexpected indent, unindent to no level, missing body indent, a tab. */
export function indentationCases(): BenchCase[] {
  return [
    indentCase(
      'py-unexpected-indent',
      'unexpected indent',
      'shipping',
      'parcels',
      [
        'def volume(width, height, depth):',
        '    base = width * height',
        '        return base * depth',
        '',
        '',
        'def fits(parcel, limit):',
        '    return volume(*parcel) <= limit',
        '',
      ].join('\n'),
      ['from shipping.parcels import fits, volume', '', '', 'def test_volume():', '    assert volume(2, 3, 4) == 24', '', '', 'def test_fits():', '    assert fits((1, 1, 1), 1)', ''].join('\n'),
      'return base * depth',
    ),
    indentCase(
      'py-unindent-mismatch',
      'unindent to no level',
      'library',
      'loans',
      [
        'def overdue(days_out, limit=14):',
        '    late = []',
        '    for book, days in sorted(days_out.items()):',
        '        if days > limit:',
        '            late.append(book)',
        '      return late',
        '',
      ].join('\n'),
      ['from library.loans import overdue', '', '', 'def test_overdue():', "    assert overdue({'a': 20, 'b': 3, 'c': 15}) == ['a', 'c']", ''].join('\n'),
      '      return late',
    ),
    indentCase(
      'py-expected-indented-block',
      'unindented block body',
      'geometry',
      'circles',
      [
        'PI = 3.14159',
        '',
        '',
        'def area(radius):',
        'squared = radius * radius',
        'return PI * squared',
        '',
      ].join('\n'),
      ['from geometry.circles import area', '', '', 'def test_area():', '    assert round(area(2), 2) == 12.57', ''].join('\n'),
      'squared = radius',
    ),
    indentCase(
      'py-tab-error',
      'mixed tabs and spaces',
      'payroll',
      'wages',
      [
        'def weekly(hours, rate):',
        '    if hours > 40:',
        '\treturn 40 * rate + (hours - 40) * rate * 1.5',
        '    return hours * rate',
        '',
      ].join('\n'),
      ['from payroll.wages import weekly', '', '', 'def test_weekly():', '    assert weekly(10, 2) == 20', '    assert weekly(42, 1) == 43.0', ''].join('\n'),
      '\treturn 40',
    ),
  ];
}
