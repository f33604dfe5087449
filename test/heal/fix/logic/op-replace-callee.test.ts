import { describe, expect, it } from 'vitest';
import { replaceCalleeOperator } from '../../../../src/heal/fix/logic/op-replace-callee.ts';
import { lines, mutatedLines } from './mutate.ts';

describe('replace-callee operator', () => {
  it('calls the opposite function, by name or as a method', async () => {
    const py = await mutatedLines(replaceCalleeOperator, 'python', lines('def f(a, s):', '    return max(a) if s.startswith("x") else min(a)'), 2);
    const js = await mutatedLines(replaceCalleeOperator, 'javascript', lines('const f = (a) => Math.min(...a) + a.some(Boolean);'), 1);

    expect(py).toEqual(['return min(a) if s.startswith("x") else min(a)', 'return max(a) if s.endswith("x") else min(a)', 'return max(a) if s.startswith("x") else max(a)']);
    expect(js).toEqual(['const f = (a) => Math.max(...a) + a.some(Boolean);', 'const f = (a) => Math.min(...a) + a.every(Boolean);']);
  });
});
