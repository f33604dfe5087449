// Python single-bug repositories checked by flake8 and pytest, as a GitHub workflow runs them.
import { pythonPackageCase } from './python-case.ts';
import type { BenchCase } from './types.ts';




function pyCase(name: string, kind: string, pkg: string, moduleName: string, module: string, tests: string, needle: string, bugType: 'LINTING' | 'SYNTAX'): BenchCase {
  return pythonPackageCase({ name, kind, bugType, pkg, moduleName, module, tests, needle });
}

/** The Python cases: unused imports, missing colons, unclosed brackets. */
export function pythonCases(): BenchCase[] {
  return [
    pyCase(
      'py-unused-import',
      'unused import',
      'inventory',
      'stock',
      ['import math', 'import os', '', '', 'def reorder_level(daily, days):', '    return math.ceil(daily * days)', ''].join('\n'),
      ['from inventory.stock import reorder_level', '', '', 'def test_reorder_level():', '    assert reorder_level(1.5, 3) == 5', ''].join('\n'),
      'import os',
      'LINTING',
    ),
    pyCase(
      'py-unused-multi-name',
      'unused import (multi-name)',
      'paths',
      'naming',
      [
        'from os.path import basename, dirname, join, splitext',
        '',
        '',
        'def stem(path):',
        '    return splitext(basename(path))[0]',
        '',
      ].join('\n'),
      ['from paths.naming import stem', '', '', 'def test_stem():', "    assert stem('/tmp/report.final.pdf') == 'report.final'", ''].join('\n'),
      'from os.path',
      'LINTING',
    ),
    pyCase(
      'py-colon-def',
      'missing colon',
      'billing',
      'invoice',
      [
        'TAX_RATE = 0.2',
        '',
        '',
        'def with_tax(amount)',
        '    return round(amount * (1 + TAX_RATE), 2)',
        '',
        '',
        'def total(lines):',
        '    return sum(with_tax(x) for x in lines)',
        '',
      ].join('\n'),
      ['from billing.invoice import total, with_tax', '', '', 'def test_with_tax():', '    assert with_tax(10) == 12.0', '', '', 'def test_total():', '    assert total([10, 5]) == 18.0', ''].join('\n'),
      'def with_tax',
      'SYNTAX',
    ),
    pyCase(
      'py-colon-if',
      'missing colon',
      'weather',
      'alerts',
      [
        'def alert_level(celsius):',
        '    if celsius >= 40',
        "        return 'extreme'",
        '    if celsius >= 30:',
        "        return 'high'",
        "    return 'normal'",
        '',
      ].join('\n'),
      [
        'from weather.alerts import alert_level',
        '',
        '',
        'def test_levels():',
        "    assert alert_level(41) == 'extreme'",
        "    assert alert_level(31) == 'high'",
        "    assert alert_level(12) == 'normal'",
        '',
      ].join('\n'),
      'if celsius >= 40',
      'SYNTAX',
    ),
    pyCase(
      'py-colon-for',
      'missing colon',
      'grading',
      'scores',
      [
        'def passed(scores, threshold=50):',
        '    names = []',
        '    for name, score in sorted(scores.items())',
        '        if score >= threshold:',
        '            names.append(name)',
        '    return names',
        '',
      ].join('\n'),
      ['from grading.scores import passed', '', '', 'def test_passed():', "    assert passed({'ann': 70, 'bob': 20, 'cy': 50}) == ['ann', 'cy']", ''].join('\n'),
      'for name, score',
      'SYNTAX',
    ),
    pyCase(
      'py-unclosed-paren',
      'unclosed bracket',
      'metrics',
      'averages',
      [
        'def mean(values):',
        '    if not values:',
        '        return 0.0',
        '    return sum(values) / float(len(values)',
        '',
        '',
        'def spread(values):',
        '    return max(values) - min(values)',
        '',
      ].join('\n'),
      ['from metrics.averages import mean, spread', '', '', 'def test_mean():', '    assert mean([1, 2, 3]) == 2.0', '', '', 'def test_spread():', '    assert spread([4, 9, 1]) == 8', ''].join('\n'),
      'float(len(values)',
      'SYNTAX',
    ),
    pyCase(
      'py-unclosed-bracket',
      'unclosed bracket',
      'calendar_utils',
      'weekdays',
      [
        "WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'",
        '',
        '',
        'def is_workday(day):',
        '    return day.lower() in WORKDAYS',
        '',
      ].join('\n'),
      ['from calendar_utils.weekdays import is_workday', '', '', 'def test_is_workday():', "    assert is_workday('Tue')", "    assert not is_workday('sun')", ''].join('\n'),
      'WORKDAYS =',
      'SYNTAX',
    ),
  ];
}
