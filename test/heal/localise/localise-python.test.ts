import { afterEach, describe, expect, it } from 'vitest';
import { focusedTestCommand, localiseFault } from '../../../src/heal/localise/index.ts';
import { pythonProject } from '../../helpers/python-project.ts';
import { setUpCheck, type LocaliseSetup } from '../../helpers/check-workspace.ts';

// Line 5 should read `while d * d <= n:`; squares of primes (4, 9, 25) come out prime.
const PRIMES = [
  'def is_prime(n):',
  '    if n < 2:',
  '        return False',
  '    d = 2',
  '    while d * d < n:',
  '        if n % d == 0:',
  '            return False',
  '        d += 1',
  '    return True',
  '',
].join('\n');

const PRIMES_TESTS = [
  'import pytest',
  'from mathx.primes import is_prime',
  '',
  '',
  '@pytest.mark.parametrize("n", [2, 3, 5, 7, 11, 13])',
  'def test_primes(n):',
  '    assert is_prime(n)',
  '',
  '',
  '@pytest.mark.parametrize("n", [0, 1, 4, 6, 8, 9, 15, 25])',
  'def test_not_primes(n):',
  '    assert not is_prime(n)',
  '',
].join('\n');

// Line 9 should read `return score >= mark`: a score exactly at the mark fails.
const GRADES = [
  'def letter(score):',
  '    if score >= 90:',
  '        return "A"',
  '    if score >= 80:',
  '        return "B"',
  '    return "C"',
  '',
  'def passed(score, mark=50):',
  '    return score > mark',
  '',
].join('\n');

const GRADES_TESTS = [
  'import unittest',
  '',
  'from grades import letter, passed',
  '',
  '',
  'class GradesTest(unittest.TestCase):',
  '    def test_letters(self):',
  '        self.assertEqual([letter(95), letter(85), letter(10)], ["A", "B", "C"])',
  '',
  '    def test_passed_above(self):',
  '        self.assertTrue(passed(70))',
  '',
  '    def test_failed_below(self):',
  '        self.assertFalse(passed(20))',
  '',
  '    def test_passed_at_mark(self):',
  '        self.assertTrue(passed(50))',
  '',
].join('\n');

let setup: LocaliseSetup | null = null;
afterEach(async () => {
  await setup?.cleanup();
  setup = null;
});

describe('localiseFault on a pytest suite', () => {
  it('traces each test and ranks the wrong loop bound among the top three, behind the line it wrongly reaches', async () => {
    setup = await setUpCheck(pythonProject({ 'src/mathx/__init__.py': '', 'src/mathx/primes.py': PRIMES, 'tests/test_primes.py': PRIMES_TESTS }), 'python -m pytest -q', 'pytest', 'python');
    const failure = setup.logic[0];

    const result = await localiseFault({ failure, failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(setup.logic.map((f) => f.test)).toEqual(['tests/test_primes.py::test_not_primes[4]', 'tests/test_primes.py::test_not_primes[9]', 'tests/test_primes.py::test_not_primes[25]']);
    expect(result.method).toBe('python-trace');
    expect(result.note).toBeUndefined();
    expect(result.passingTests).toBe(11);
    expect(result.failingTests).toEqual(setup.logic.map((f) => f.test));
    // Ochiai cannot tell a wrong loop condition from where it leads: `return True` runs in the 3
    // failing tests and only the 6 prime tests (3/sqrt(3*9) = 0.577); the loop condition and
    // `d = 2` run in the 3 failing tests and 9 passing ones (3/sqrt(3*12) = 0.5), a tie kept in line order.
    expect(result.ranked.slice(0, 4).map((r) => [r.file, r.line, Number(r.score.toFixed(3))])).toEqual([
      ['src/mathx/primes.py', 9, 0.577],
      ['src/mathx/primes.py', 4, 0.5],
      ['src/mathx/primes.py', 5, 0.5],
      ['src/mathx/primes.py', 2, 0.463],
    ]);
    expect(result.ranked.every((r) => r.file === 'src/mathx/primes.py' && !r.onFailingPath)).toBe(true);
    expect(await setup.workspace.readText('_rift_trace.py')).toBeNull();
    expect(await setup.workspace.readText('_rift_trace.json')).toBeNull();
    const focused = await setup.runner.run(focusedTestCommand(setup.check, result.failingTests)!);
    expect(focused.output).toMatch(/^3 failed in /m);
  });
});

describe('localiseFault on a unittest suite', () => {
  it('runs the TestCases through pytest and ranks the wrong comparison first', async () => {
    setup = await setUpCheck({ 'grades.py': GRADES, 'tests/test_grades.py': GRADES_TESTS }, 'python -m unittest discover -s tests', 'unittest', 'python');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(result.method).toBe('python-trace');
    expect(result.failingTests).toEqual(['test_grades.GradesTest.test_passed_at_mark']);
    expect(result.passingTests).toBe(3);
    expect(result.ranked[0]).toMatchObject({ file: 'grades.py', line: 9, onFailingPath: false });
    expect(result.ranked[0].score).toBeCloseTo(1 / Math.sqrt(3), 5);
    expect(result.ranked).toHaveLength(1);
    const focused = await setup.runner.run(focusedTestCommand(setup.check, result.failingTests)!);
    expect(focused.output).toMatch(/^Ran 1 test in /m);
    expect(focused.output).toMatch(/^FAILED \(failures=1\)/m);
  });

  it('falls back to the failing stacks, saying why, when pytest cannot be imported', async () => {
    // `python -S` leaves site-packages out: unittest runs, pytest is nowhere to be found.
    setup = await setUpCheck({ 'grades.py': GRADES, 'tests/test_grades.py': GRADES_TESTS }, 'python -S -m unittest discover -s tests', 'unittest', 'python');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(result.method).toBe('stack-only');
    expect(result.note).toBe('pytest is not installed, so the unittest suite cannot be traced');
    // The assertion fails in the test itself: no frame of code under test to rank.
    expect(result.ranked).toEqual([]);
  });
});

// Line 3 should divide by len(xs); the check in check_range (line 8) is where it shows.
const AVERAGE = [
  'def average(xs):',
  '    total = sum(xs)',
  '    result = total / (len(xs) - 1)',
  '    check_range(result, xs)',
  '    return result',
  '',
  'def check_range(value, xs):',
  '    assert min(xs) <= value <= max(xs), "average out of range"',
  '',
].join('\n');

describe('localiseFault on a check it cannot trace', () => {
  it('ranks the frames of code under test on the failing stack, deepest first, and says why', async () => {
    const files = { 'stats.py': AVERAGE, 'tests/test_stats.py': 'from stats import average\n\n\ndef test_average():\n    assert average([2, 4]) == 3\n', 'run_tests.sh': 'python -m pytest -q tests\n' };
    setup = await setUpCheck(files, 'sh run_tests.sh', 'unknown', 'python');

    const result = await localiseFault({ failure: setup.logic[0], failures: setup.logic, check: setup.check, runner: setup.runner, reader: setup.workspace });

    expect(setup.logic).toMatchObject([{ file: 'stats.py', line: 8, test: 'tests/test_stats.py::test_average' }]);
    expect(result.method).toBe('stack-only');
    expect(result.note).toBe('no per-test tracer for unknown checks; ranking the failing stacks');
    expect(result.ranked).toEqual([
      { file: 'stats.py', line: 8, score: 2, onFailingPath: true },
      { file: 'stats.py', line: 4, score: 0.5, onFailingPath: true },
    ]);
  });
});
