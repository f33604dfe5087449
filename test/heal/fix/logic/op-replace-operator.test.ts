import { describe, expect, it } from 'vitest';
import { alternativesOf, arithmeticOperator, bitwiseOperator, logicalOperator, RELATIONAL, relationalOperator } from '../../../../src/heal/fix/logic/op-replace-operator.ts';
import { lines, mutatedLines } from './mutate.ts';

describe('relational operator', () => {
  it('offers every other comparison for a Python comparison on the line only', async () => {
    const source = lines('def f(a, b):', '    if a < b:', '        return a == b', '    return 0');

    const result = await mutatedLines(relationalOperator, 'python', source, 2);

    expect(result).toEqual(['if a <= b:', 'if a > b:', 'if a >= b:', 'if a == b:', 'if a != b:']);
  });

  it('keeps JavaScript equality within its strictness, its negation first', async () => {
    const source = lines('function f(a, b) {', '  return a === b;', '}');

    const result = await mutatedLines(relationalOperator, 'javascript', source, 2);

    expect(result).toEqual(['return a !== b;', 'return a < b;', 'return a <= b;', 'return a > b;', 'return a >= b;']);
    expect(alternativesOf(RELATIONAL.javascript, '==')).not.toContain('===');
  });
});

describe('arithmetic operator', () => {
  it('replaces binary and augmented operators, floor division included', async () => {
    const source = lines('def f(a, b):', '    a += b // 2', '    return a');

    const result = await mutatedLines(arithmeticOperator, 'python', source, 2);

    expect(result).toEqual(expect.arrayContaining(['a -= b // 2', 'a //= b // 2', 'a += b / 2', 'a += b % 2', 'a += b + 2']));
    expect(result).toHaveLength(10);
  });

  it('turns an increment into a decrement in JavaScript', async () => {
    const source = lines('function f(i) {', '  i++;', '  return i;', '}');

    const result = await mutatedLines(arithmeticOperator, 'javascript', source, 2);

    expect(result).toEqual(['i--;']);
  });
});

describe('logical operator', () => {
  it('swaps and/or in Python and &&/||/?? in JavaScript', async () => {
    const py = await mutatedLines(logicalOperator, 'python', lines('def f(a, b):', '    return a and b'), 2);
    const js = await mutatedLines(logicalOperator, 'javascript', lines('const f = (a, b) => a || b;'), 1);

    expect(py).toEqual(['return a or b']);
    expect(js).toEqual(['const f = (a, b) => a && b;', 'const f = (a, b) => a ?? b;']);
  });
});

describe('bitwise operator', () => {
  it('replaces & | ^ with each other and shifts with each other', async () => {
    const source = lines('def f(a, b):', '    return (a & b) << 1');

    const result = await mutatedLines(bitwiseOperator, 'python', source, 2);

    expect(result).toEqual(['return (a & b) >> 1', 'return (a | b) << 1', 'return (a ^ b) << 1']);
  });
});
