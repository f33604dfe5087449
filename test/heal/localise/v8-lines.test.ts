import { describe, expect, it } from 'vitest';
import { executedLines } from '../../../src/heal/localise/v8-lines.ts';

// Offsets below are computed from the source text, as V8 reports them.
function at(source: string, text: string, from = 0): number {
  const i = source.indexOf(text, from);
  if (i < 0) throw new Error(`${text} not in source`);
  return i;
}

const SOURCE = [
  'export function clamp(x, lo, hi) {',
  '  // keep it inside',
  '  if (x < lo) {',
  '    return lo;',
  '  } else if (x > hi) {',
  '    return hi;',
  '  }',
  '  return x;',
  '}',
  'export const sq = (x) => x * x;',
  '',
].join('\n');

describe('executedLines', () => {
  it('takes the innermost range at each line and leaves out headers, brackets and comments', () => {
    const fnStart = at(SOURCE, 'function clamp');
    const fnEnd = at(SOURCE, '}\nexport const') + 1;
    const thenBlock = [at(SOURCE, '{', at(SOURCE, 'if (x < lo)')), at(SOURCE, '} else') + 1];
    const elseBlock = [at(SOURCE, '{', at(SOURCE, 'else if')), at(SOURCE, '}\n  return x') + 1];
    // clamp(5, 0, 10): neither branch taken; the script itself did not run in this slice.
    const ranges = [0, SOURCE.length, 0, fnStart, fnEnd, 3, thenBlock[0], thenBlock[1], 0, elseBlock[0], elseBlock[1], 0];

    expect(executedLines(SOURCE, ranges)).toEqual([3, 5, 8]);
  });

  it('counts a one-line function as its body, and nothing of a function that did not run', () => {
    const arrow = at(SOURCE, '(x) => x * x');
    const fnStart = at(SOURCE, 'function clamp');

    expect(executedLines(SOURCE, [0, SOURCE.length, 0, arrow, arrow + 12, 3])).toEqual([10]);
    expect(executedLines(SOURCE, [0, SOURCE.length, 0, arrow, arrow + 12, 2])).toEqual([]);
    expect(executedLines('const f = function (x) { return x; };\n', [0, 38, 0, 10, 36, 3])).toEqual([1]);
    expect(executedLines(SOURCE, [0, SOURCE.length, 0, fnStart, SOURCE.length - 30, 2])).toEqual([]);
  });
});
