import { describe, expect, it } from 'vitest';
import { regionAt } from '../../../../src/heal/fix/logic/statement-region.ts';
import { parseTree } from '../../../../src/heal/fix/syntax-tree.ts';
import { lines } from './mutate.ts';

async function statementsAt(grammar: 'python' | 'javascript', source: string, line: number): Promise<string[]> {
  const tree = await parseTree(source, grammar);
  try {
    return regionAt(tree.rootNode, source, line).statements.map((s) => s.type);
  } finally {
    tree.delete();
  }
}

describe('regionAt', () => {
  it('takes an if header without its body, and a one-line body with it', async () => {
    const source = lines('def f(a):', '    if a < 1:', '        a = 2', '    while a: a -= 1', '    return a');

    const header = await statementsAt('python', source, 2);
    const oneLine = await statementsAt('python', source, 4);

    expect(header).toEqual(['if_statement']);
    expect(oneLine).toEqual(['while_statement', 'expression_statement']);
  });

  it('takes the whole statement from a continuation line, and nothing from a comment or a closing brace', async () => {
    const source = lines('function f(a) {', '  const b = g(a,', '    a + 1);', '  // note', '  return b;', '}');

    const continuation = await statementsAt('javascript', source, 3);
    const comment = await statementsAt('javascript', source, 4);
    const closing = await statementsAt('javascript', source, 6);

    expect(continuation).toEqual(['lexical_declaration']);
    expect(comment).toEqual([]);
    expect(closing).toEqual([]);
  });

  it('holds a for loop header with its condition and update', async () => {
    const source = lines('for (let i = 0; i < n; i++) {', '  total += i;', '}');

    const header = await statementsAt('javascript', source, 1);

    expect(header).toEqual(['for_statement', 'lexical_declaration', 'expression_statement']);
  });
});
