// Python single-bug repositories whose bug is indentation: a stray indent, an unindented body,
// a tab in a space-indented file. Checked by flake8 and pytest, as a GitHub workflow runs them.
import { pythonPackageCase } from './python-case.ts';
import type { BenchCase } from './types.ts';


function indentCase(name: string, kind: string, pkg: string, moduleName: string, module: string, tests: string, needle: string): BenchCase {
  return pythonPackageCase({ name, kind, bugType: 'INDENTATION', pkg, moduleName, module, tests, needle });
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
