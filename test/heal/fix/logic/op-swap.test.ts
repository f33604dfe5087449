import { describe, expect, it } from 'vitest';
import { swapOperator } from '../../../../src/heal/fix/logic/op-swap.ts';
import { lines, mutatedLines } from './mutate.ts';

describe('swap operator', () => {
  it('swaps the two arguments of a call and the operands of a non-commutative operator', async () => {
    const source = lines('def f(a, b):', '    return pow(a, b) - max(a, b, 1) + (a + b)');

    const result = await mutatedLines(swapOperator, 'python', source, 2);

    expect(result).toEqual(['return max(a, b, 1) - pow(a, b) + (a + b)', 'return pow(b, a) - max(a, b, 1) + (a + b)']);
  });

  it('swaps the two values of a returned pair and of a JavaScript array', async () => {
    const py = await mutatedLines(swapOperator, 'python', lines('def f(lo, hi):', '    return lo, hi'), 2);
    const js = await mutatedLines(swapOperator, 'javascript', lines('const [a, b] = [x, y];'), 1);

    expect(py).toEqual(['return hi, lo']);
    expect(js).toEqual(['const [a, b] = [y, x];']);
  });

  it('leaves keyword arguments and spreads alone', async () => {
    const py = await mutatedLines(swapOperator, 'python', lines('x = f(a, key=b)'), 1);
    const js = await mutatedLines(swapOperator, 'javascript', lines('const x = f(a, ...b);'), 1);

    expect(py).toEqual([]);
    expect(js).toEqual([]);
  });

  it('swaps the arguments of a JavaScript comparator call', async () => {
    const source = lines('export const byAge = (a, b) => compare(a.age, b.age);');

    const result = await mutatedLines(swapOperator, 'javascript', source, 1);

    expect(result).toEqual(['export const byAge = (a, b) => compare(b.age, a.age);']);
  });
});
