// LOGIC single-edit repositories in Python: number theory, dynamic programming and small rules.
// The comment above each says what the right line reads.
import { pyLogicCase } from './logic-py-cases.ts';
import type { BenchCase } from './types.ts';

const imports = (pkg: string, module: string, names: string) => [`from ${pkg}.${module} import ${names}`, '', ''];
const test = (name: string, ...body: string[]) => [`def test_${name}():`, ...body.map((b) => `    ${b}`), '', ''];

/** Number theory, dynamic programming, boolean rules. */
export function pyMathCases(): BenchCase[] {
  return [
    // `a, b = b, a % b`
    pyLogicCase({
      name: 'py-logic-gcd',
      kind: 'arithmetic',
      pkg: 'numtheory',
      moduleName: 'divisors',
      module: ['def gcd(a, b):', '    while b:', '        a, b = b, a // b', '    return a', '', '', 'def lcm(a, b):', '    return a * b // gcd(a, b)'],
      tests: [
        ...imports('numtheory', 'divisors', 'gcd, lcm'),
        ...test('gcd', 'assert gcd(12, 18) == 6', 'assert gcd(7, 5) == 1'),
        ...test('gcd_with_zero', 'assert gcd(9, 0) == 9'),
        ...test('lcm', 'assert lcm(4, 6) == 12'),
      ],
      needle: 'a, b = b, a // b',
    }),
    // `for d in range(2, int(n ** 0.5) + 1):`
    pyLogicCase({
      name: 'py-logic-prime-bound',
      kind: 'off-by-one bound',
      pkg: 'numtheory',
      moduleName: 'primes',
      module: [
        'def is_prime(n):',
        '    if n < 2:',
        '        return False',
        '    for d in range(2, int(n ** 0.5)):',
        '        if n % d == 0:',
        '            return False',
        '    return True',
        '',
        '',
        'def primes_below(limit):',
        '    return [n for n in range(limit) if is_prime(n)]',
      ],
      tests: [
        ...imports('numtheory', 'primes', 'is_prime, primes_below'),
        ...test('small_primes', 'assert all(is_prime(n) for n in [2, 3, 5, 7, 11, 13])'),
        ...test('squares_are_not_prime', 'assert not is_prime(9)', 'assert not is_prime(25)'),
        ...test('below_ten', 'assert primes_below(10) == [2, 3, 5, 7]'),
        ...test('zero_and_one', 'assert not is_prime(0)', 'assert not is_prime(1)'),
      ],
      needle: 'for d in range(2, int(n ** 0.5))',
    }),
    // `for i in range(2, n + 1):`
    pyLogicCase({
      name: 'py-logic-fibonacci-dp',
      kind: 'off-by-one bound',
      pkg: 'dynamic',
      moduleName: 'fib',
      module: [
        'def fib(n):',
        '    if n < 2:',
        '        return n',
        '    table = [0] * (n + 1)',
        '    table[1] = 1',
        '    for i in range(2, n):',
        '        table[i] = table[i - 1] + table[i - 2]',
        '    return table[n]',
      ],
      tests: [
        ...imports('dynamic', 'fib', 'fib'),
        ...test('base_cases', 'assert fib(0) == 0', 'assert fib(1) == 1'),
        ...test('sequence', 'assert [fib(n) for n in range(2, 8)] == [1, 2, 3, 5, 8, 13]'),
      ],
      needle: 'for i in range(2, n)',
    }),
    // `return age >= 18 and registered`
    pyLogicCase({
      name: 'py-logic-and-or',
      kind: 'logical',
      pkg: 'rules',
      moduleName: 'voting',
      module: ['def is_adult(age):', '    return age >= 18', '', '', 'def can_vote(age, registered):', '    return is_adult(age) or registered'],
      tests: [
        ...imports('rules', 'voting', 'can_vote, is_adult'),
        ...test('adult', 'assert is_adult(18)', 'assert not is_adult(17)'),
        ...test('registered_adult_votes', 'assert can_vote(30, True)'),
        ...test('unregistered_adult_does_not', 'assert not can_vote(30, False)'),
        ...test('registered_child_does_not', 'assert not can_vote(12, True)'),
      ],
      needle: 'return is_adult(age) or registered',
    }),
    // `return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)`
    pyLogicCase({
      name: 'py-logic-leap-year',
      kind: 'relational',
      pkg: 'calendar_rules',
      moduleName: 'leap',
      module: [
        'def is_leap(year):',
        '    return year % 4 == 0 and (year % 100 == 0 or year % 400 == 0)',
        '',
        '',
        'def days_in_year(year):',
        '    return 366 if is_leap(year) else 365',
      ],
      tests: [
        ...imports('calendar_rules', 'leap', 'days_in_year, is_leap'),
        ...test('ordinary_leap_years', 'assert is_leap(2024)', 'assert is_leap(1996)'),
        ...test('centuries', 'assert not is_leap(1900)', 'assert is_leap(2000)'),
        ...test('common_year', 'assert not is_leap(2023)', 'assert days_in_year(2023) == 365'),
      ],
      needle: 'return year % 4 == 0',
    }),
    // `total += n & 1`
    pyLogicCase({
      name: 'py-logic-count-bits',
      kind: 'bitwise',
      pkg: 'bits',
      moduleName: 'popcount',
      module: ['def count_bits(n):', '    total = 0', '    while n:', '        total += n | 1', '        n >>= 1', '    return total', '', '', 'def is_even(n):', '    return n & 1 == 0'],
      tests: [
        ...imports('bits', 'popcount', 'count_bits, is_even'),
        ...test('count_bits', 'assert count_bits(0) == 0', 'assert count_bits(5) == 2', 'assert count_bits(255) == 8'),
        ...test('is_even', 'assert is_even(4)', 'assert not is_even(7)'),
      ],
      needle: 'total += n | 1',
    }),
    // `return (ordered[mid - 1] + ordered[mid]) / 2`
    pyLogicCase({
      name: 'py-logic-median',
      kind: 'off-by-one literal',
      pkg: 'stats',
      moduleName: 'middle',
      module: [
        'def median(values):',
        '    ordered = sorted(values)',
        '    mid = len(ordered) // 2',
        '    if len(ordered) % 2 == 1:',
        '        return ordered[mid]',
        '    return (ordered[mid - 1] + ordered[mid]) / 3',
        '',
        '',
        'def mean(values):',
        '    return sum(values) / len(values)',
      ],
      tests: [
        ...imports('stats', 'middle', 'mean, median'),
        ...test('odd_count', 'assert median([5, 1, 3]) == 3'),
        ...test('even_count', 'assert median([4, 1, 3, 2]) == 2.5'),
        ...test('mean', 'assert mean([1, 2, 3, 4]) == 2.5'),
      ],
      needle: '/ 3',
    }),
    // `return part / whole * 100`
    pyLogicCase({
      name: 'py-logic-percent-swap',
      kind: 'swapped operands',
      pkg: 'finance',
      moduleName: 'ratios',
      module: [
        'def percent(part, whole):',
        '    if whole == 0:',
        '        return 0.0',
        '    return whole / part * 100',
        '',
        '',
        'def share_of(parts):',
        '    total = sum(parts)',
        '    return [round(percent(p, total), 1) for p in parts]',
      ],
      tests: [
        ...imports('finance', 'ratios', 'percent, share_of'),
        ...test('percent', 'assert percent(1, 4) == 25.0'),
        ...test('nothing_of_nothing', 'assert percent(0, 0) == 0.0'),
        ...test('shares', 'assert share_of([1, 1, 2]) == [25.0, 25.0, 50.0]'),
      ],
      needle: 'return whole / part * 100',
    }),
  ];
}
