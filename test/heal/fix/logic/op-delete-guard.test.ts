import { describe, expect, it } from 'vitest';
import { deleteStatementOperator } from '../../../../src/heal/fix/logic/op-delete-statement.ts';
import { insertGuardOperator } from '../../../../src/heal/fix/logic/op-insert-guard.ts';
import { lines, mutatedTexts } from './mutate.ts';

describe('delete-statement operator', () => {
  it('deletes a simple statement with its line, and puts `pass` where a block would be left empty', async () => {
    const source = lines('def f(a):', '    a += 1', '    if a:', '        a = 0', '    return a');

    const line2 = await mutatedTexts(deleteStatementOperator, 'python', source, 2);
    const line4 = await mutatedTexts(deleteStatementOperator, 'python', source, 4);

    expect(line2).toEqual([lines('def f(a):', '    if a:', '        a = 0', '    return a')]);
    expect(line4).toEqual([lines('def f(a):', '    a += 1', '    if a:', '        pass', '    return a')]);
  });

  it('never deletes a definition or a compound statement', async () => {
    const source = lines('function f(a) {', '  const b = a;', '  if (b) {', '    return b;', '  }', '}');

    const declaration = await mutatedTexts(deleteStatementOperator, 'javascript', source, 2);
    const compound = await mutatedTexts(deleteStatementOperator, 'javascript', source, 3);
    const definition = await mutatedTexts(deleteStatementOperator, 'javascript', source, 1);

    expect([...declaration, ...compound, ...definition]).toEqual([]);
  });
});

describe('insert-guard operator', () => {
  it('copies an early return of the same function before the line, at its indentation', async () => {
    const source = lines(
      'def mean(values, weights):',
      '    if not weights:',
      '        return 0',
      '    total = 0',
      '    for v, w in zip(values, weights):',
      '        total += v * w',
      '    return total / len(values)',
    );

    const result = await mutatedTexts(insertGuardOperator, 'python', source, 6);

    expect(result).toEqual([
      lines(
        'def mean(values, weights):',
        '    if not weights:',
        '        return 0',
        '    total = 0',
        '    for v, w in zip(values, weights):',
        '        if not weights:',
        '            return 0',
        '        total += v * w',
        '    return total / len(values)',
      ),
    ]);
  });

  it('does not repeat a guard that already stands just before the line, nor copy one into itself', async () => {
    const source = lines('function f(a) {', '  if (!a) return 0;', '  return a.length;', '}');

    const after = await mutatedTexts(insertGuardOperator, 'javascript', source, 3);
    const itself = await mutatedTexts(insertGuardOperator, 'javascript', source, 2);

    expect(after).toEqual([]);
    expect(itself).toEqual([]);
  });
});
