import { describe, expect, it } from 'vitest';
import { sameTest } from '../../../src/heal/localise/test-ids.ts';

describe('sameTest', () => {
  it('matches a unittest id with the pytest node id of the same TestCase method', () => {
    expect(sameTest('tests/test_grades.py::GradesTest::test_at_mark', 'test_grades.GradesTest.test_at_mark')).toBe(true);
    expect(sameTest('tests/test_grades.py::GradesTest::test_at_mark', 'test_grades.OtherTest.test_at_mark')).toBe(false);
  });

  it('matches a node:test name with the suite path the report prints', () => {
    expect(sameTest('at the upper bound', 'inRange > at the upper bound')).toBe(true);
    expect(sameTest('clamp > at the upper bound', 'inRange > at the upper bound')).toBe(false);
  });

  it('keeps pytest functions of different files apart', () => {
    expect(sameTest('tests/test_a.py::test_x', 'tests/test_b.py::test_x')).toBe(false);
    expect(sameTest('tests/test_a.py::test_x[1.5]', 'tests/test_a.py::test_x[1.5]')).toBe(true);
  });
});
