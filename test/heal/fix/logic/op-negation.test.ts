import { describe, expect, it } from 'vitest';
import { negationOperator } from '../../../../src/heal/fix/logic/op-negation.ts';
import { lines, mutatedLines } from './mutate.ts';

describe('negation operator', () => {
  it('removes a Python `not` and negates the operands of `and`', async () => {
    const source = lines('def f(a, b):', '    return not a and b > 1');

    const result = await mutatedLines(negationOperator, 'python', source, 2);

    expect(result).toEqual(['return not a and not (b > 1)', 'return a and b > 1']);
  });

  it('negates an if condition inside its parentheses and removes a `!` in JavaScript', async () => {
    const source = lines('function f(a, b) {', '  if (a < b) return !a;', '  return b;', '}');

    const result = await mutatedLines(negationOperator, 'javascript', source, 2);

    expect(result).toEqual(['if (!(a < b)) return !a;', 'if (a < b) return a;']);
  });

  it('negates the condition of a while loop and of a Python conditional expression', async () => {
    const source = lines('def f(a, b):', '    while a:', '        a = b if a else 0', '    return a');

    const loop = await mutatedLines(negationOperator, 'python', source, 2);
    const conditional = await mutatedLines(negationOperator, 'python', source, 3);

    expect(loop).toEqual(['while not a:']);
    expect(conditional).toEqual(['a = b if not a else 0']);
  });
});
