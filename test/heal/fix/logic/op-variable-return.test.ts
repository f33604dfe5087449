import { describe, expect, it } from 'vitest';
import { replaceVariableOperator } from '../../../../src/heal/fix/logic/op-replace-variable.ts';
import { returnValueOperator } from '../../../../src/heal/fix/logic/op-return-value.ts';
import { lines, mutatedLines } from './mutate.ts';

const FIND_MAX = lines(
  'def largest(items):',
  '    best = items[0]',
  '    for item in items:',
  '        if item > best:',
  '            best = item',
  '    return item',
);

describe('replace-variable operator', () => {
  it('replaces a read by each other local of the same shape, never a callee or a declaration', async () => {
    const source = lines('def f(items, lo, hi):', '    mid = lo + hi', '    return len(items[mid:])');

    const assigned = await mutatedLines(replaceVariableOperator, 'python', source, 2);
    const measured = await mutatedLines(replaceVariableOperator, 'python', source, 3);

    expect(assigned).toEqual(['lo = lo + hi', 'hi = lo + hi', 'mid = hi + hi', 'mid = mid + hi', 'mid = lo + lo', 'mid = lo + mid']);
    expect(measured).toEqual(['return len(items[lo:])', 'return len(items[hi:])']);
  });

  it('leaves JavaScript declarations and properties alone', async () => {
    const source = lines('function f(a, b) {', '  const c = a.size + b;', '  return c;', '}');

    const result = await mutatedLines(replaceVariableOperator, 'javascript', source, 2);

    expect(result).toEqual(['const c = b.size + b;', 'const c = c.size + b;', 'const c = a.size + a;', 'const c = a.size + c;']);
  });
});

describe('return-value operator', () => {
  it('returns each other name the function binds instead', async () => {
    const result = await mutatedLines(returnValueOperator, 'python', FIND_MAX, 6);

    expect(result).toEqual(['return items', 'return best']);
  });

  it('replaces a returned expression in JavaScript', async () => {
    const source = lines('function f(total, count) {', '  const mean = total / count;', '  return total / count + 0;', '}');

    const result = await mutatedLines(returnValueOperator, 'javascript', source, 3);

    expect(result).toEqual(['return total;', 'return count;', 'return mean;']);
  });
});
