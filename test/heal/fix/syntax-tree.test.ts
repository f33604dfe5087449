import { describe, expect, it } from 'vitest';
import { grammarOf, parseTree } from '../../../src/heal/fix/syntax-tree.ts';

describe('parseTree', () => {
  it('parses each grammar and shows where a tree breaks', async () => {
    const samples = [
      ['python', 'def f(:\n  pass\n'],
      ['typescript', 'const x: number = (1;\n'],
      ['tsx', 'const e = <div>{1</div>;\n'],
      ['javascript', 'foo(1;\n'],
    ] as const;

    const broken = [];
    for (const [grammar, text] of samples) {
      const tree = await parseTree(text, grammar);
      broken.push(tree.rootNode.hasError);
      tree.delete();
    }

    expect(broken).toEqual([true, true, true, true]);
  });

  it('parses valid code without errors', async () => {
    const tree = await parseTree('import os\n', 'python');

    const hasError = tree.rootNode.hasError;
    tree.delete();

    expect(hasError).toBe(false);
  });

  it('maps file extensions to grammars', () => {
    const grammars = ['a.py', 'a.cjs', 'a.jsx', 'a.mts', 'a.tsx', 'a.rb'].map(grammarOf);

    expect(grammars).toEqual(['python', 'javascript', 'javascript', 'typescript', 'tsx', null]);
  });
});
