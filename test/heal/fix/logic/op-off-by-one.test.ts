import { describe, expect, it } from 'vitest';
import { offByOneOperator } from '../../../../src/heal/fix/logic/op-off-by-one.ts';
import { lines, mutatedLines } from './mutate.ts';

describe('off-by-one operator', () => {
  it('moves integer literals up and down, never below zero', async () => {
    const source = lines('def f(n):', '    return n * 2 + 0');

    const result = await mutatedLines(offByOneOperator, 'python', source, 2);

    expect(result).toEqual(['return n * 3 + 0', 'return n * 1 + 0', 'return n * 2 + 1']);
  });

  it('moves range bounds, indices and slice bounds that are not literals', async () => {
    const source = lines('def f(a, n, i):', '    return [a[i] for k in range(n)] + a[i:n]');

    const result = await mutatedLines(offByOneOperator, 'python', source, 2);

    expect(result).toEqual([
      'return [a[i + 1] for k in range(n)] + a[i:n]',
      'return [a[i - 1] for k in range(n)] + a[i:n]',
      'return [a[i] for k in range(n + 1)] + a[i:n]',
      'return [a[i] for k in range(n - 1)] + a[i:n]',
      'return [a[i] for k in range(n)] + a[i + 1:n]',
      'return [a[i] for k in range(n)] + a[i - 1:n]',
      'return [a[i] for k in range(n)] + a[i:n + 1]',
      'return [a[i] for k in range(n)] + a[i:n - 1]',
    ]);
  });

  it('moves a JavaScript length and slice argument but leaves `length - 1` to the literal, dropping a step of 0', async () => {
    const source = lines('function f(s, k) {', '  return s.slice(k, s.length - 1);', '}');

    const result = await mutatedLines(offByOneOperator, 'javascript', source, 2);

    expect(result).toEqual(['return s.slice(k + 1, s.length - 1);', 'return s.slice(k - 1, s.length - 1);', 'return s.slice(k, s.length - 2);', 'return s.slice(k, s.length);']);
  });
});

describe('off-by-one operator on an arithmetic index', () => {
  it('moves `len(s) - i` by one, but not `n - 1`, whose literal moves already', async () => {
    const source = lines('def f(s, i, n):', '    return s[len(s) - i] + s[n - 1]');

    const result = await mutatedLines(offByOneOperator, 'python', source, 2);

    expect(result).toEqual(['return s[len(s) - i + 1] + s[n - 1]', 'return s[len(s) - i - 1] + s[n - 1]', 'return s[len(s) - i] + s[n - 2]', 'return s[len(s) - i] + s[n]']);
  });
});
