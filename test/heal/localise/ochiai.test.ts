import { describe, expect, it } from 'vitest';
import { FAILING_PATH_BOOST, ochiai, rankByStack, rankBySpectrum, type TracedTest } from '../../../src/heal/localise/ochiai.ts';

const everything = (): boolean => true;

describe('ochiai', () => {
  it('is failed / sqrt(totalFailed * (failed + passed))', () => {
    expect(ochiai(2, 2, 2)).toBeCloseTo(2 / Math.sqrt(2 * 4), 10);
    expect(ochiai(1, 0, 1)).toBe(1);
  });

  it('is 0 for a line no failing test ran', () => {
    expect(ochiai(0, 5, 3)).toBe(0);
    expect(ochiai(0, 0, 0)).toBe(0);
  });
});

describe('rankBySpectrum', () => {
  const tests: TracedTest[] = [
    { failed: true, lines: { 'a.py': [1, 2, 3] } },
    { failed: false, lines: { 'a.py': [1, 2] } },
    { failed: false, lines: { 'a.py': [1, 4], 'b.py': [7] } },
  ];

  it('puts the line run by the failing test and fewest passing ones first, and leaves out lines no failing test ran', () => {
    const ranked = rankBySpectrum(tests, [], everything);

    expect(ranked.map((r) => [r.file, r.line])).toEqual([['a.py', 3], ['a.py', 2], ['a.py', 1]]);
    expect(ranked[0].score).toBe(1);
    expect(ranked[1].score).toBeCloseTo(1 / Math.sqrt(2), 10);
    expect(ranked[2].score).toBeCloseTo(1 / Math.sqrt(3), 10);
  });

  it('boosts a line on the failing stack and breaks ties by the stack, then by file and line', () => {
    const tied: TracedTest[] = [
      { failed: true, lines: { 'b.py': [5], 'a.py': [9, 8] } },
      { failed: false, lines: { 'b.py': [5], 'a.py': [9, 8] } },
    ];

    const plain = rankBySpectrum(tied, [], everything);
    const boosted = rankBySpectrum(tied, [{ file: 'a.py', line: 9 }], everything);

    expect(plain.map((r) => `${r.file}:${r.line}`)).toEqual(['a.py:8', 'a.py:9', 'b.py:5']);
    expect(boosted[0]).toEqual({ file: 'a.py', line: 9, score: 1 / Math.sqrt(2) + FAILING_PATH_BOOST, onFailingPath: true });
  });

  it('ranks a stack line the tracer did not see with the boost alone', () => {
    const ranked = rankBySpectrum(tests, [{ file: 'c.py', line: 4 }, { file: 'c.py', line: 4 }], everything);

    expect(ranked.filter((r) => r.file === 'c.py')).toEqual([{ file: 'c.py', line: 4, score: FAILING_PATH_BOOST, onFailingPath: true }]);
  });

  it('ranks only the files it is allowed to', () => {
    const ranked = rankBySpectrum(tests, [{ file: 'tests/test_a.py', line: 3 }], (file) => file !== 'a.py' && !file.startsWith('tests/'));

    expect(ranked).toEqual([]);
  });
});

describe('rankByStack', () => {
  it('scores frames 1/(depth+1) per stack, so the deepest frame shared by the stacks wins', () => {
    const stacks = [
      [{ file: 'lib.py', line: 8 }, { file: 'lib.py', line: 4 }, { file: 'tests/test_lib.py', line: 5 }],
      [{ file: 'lib.py', line: 8 }, { file: 'lib.py', line: 12 }],
    ];

    const ranked = rankByStack(stacks, (file) => !file.startsWith('tests/'));

    expect(ranked).toEqual([
      { file: 'lib.py', line: 8, score: 2, onFailingPath: true },
      { file: 'lib.py', line: 4, score: 0.5, onFailingPath: true },
      { file: 'lib.py', line: 12, score: 0.5, onFailingPath: true },
    ]);
  });
});
