import { afterEach, describe, expect, it } from 'vitest';
import { pyBlankLinesFixer } from '../../../../src/heal/fix/rule-first/py-lint-blank-lines.ts';
import { pyCommentsFixer } from '../../../../src/heal/fix/rule-first/py-lint-comments.ts';
import { pyLineLengthFixer } from '../../../../src/heal/fix/rule-first/py-lint-line-length.ts';
import { pyWhitespaceFixer } from '../../../../src/heal/fix/rule-first/py-lint-whitespace.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { answer, codes, fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

describe('pyWhitespaceFixer', () => {
  it('removes trailing whitespace (W291) and keeps CRLF endings', async () => {
    const { patch, after, remaining } = await fixFirst(pyWhitespaceFixer(), 'x = 1   \r\ny = 2\r\n', 'W291', workspaces);

    expect(after).toBe('x = 1\r\ny = 2\r\n');
    expect(patch.description).toBe('remove the trailing whitespace');
    expect(codes(remaining)).not.toContain('W291');
  });

  it('empties a whitespace-only line (W293)', async () => {
    const { after, remaining } = await fixFirst(pyWhitespaceFixer(), 'def f():\n    x = 1\n    \n    return x\n', 'W293', workspaces);

    expect(after).toBe('def f():\n    x = 1\n\n    return x\n');
    expect(remaining).toEqual([]);
  });

  it('declines trailing whitespace inside a triple-quoted string', async () => {
    const result = await answer(pyWhitespaceFixer(), 'TEXT = """a  \nb"""\n', 'W291', workspaces);

    expect(result).toEqual({ kind: 'decline', reason: 'the trailing whitespace of line 1 is inside a string' });
  });

  it('removes the blank lines at the end of the file (W391)', async () => {
    const { patch, after, remaining } = await fixFirst(pyWhitespaceFixer(), 'x = 1\n\n  \n\n', 'W391', workspaces);

    expect(after).toBe('x = 1\n');
    expect(patch.description).toBe('remove the blank lines at the end of the file');
    expect(remaining).toEqual([]);
  });

  it('adds spaces around an operator (E225)', async () => {
    const { patch, after, remaining } = await fixFirst(pyWhitespaceFixer(), 'count=0\ncount+=1\n', 'E225', workspaces);

    expect(after).toBe('count = 0\ncount+=1\n');
    expect(patch.description).toBe("add spaces around '='");
    expect(remaining.map((f) => f.line)).toEqual([2]);
  });

  it('adds a space after a comma (E231)', async () => {
    const { patch, after, remaining } = await fixFirst(pyWhitespaceFixer(), 'point = (1,2)\n', 'E231', workspaces);

    expect(after).toBe('point = (1, 2)\n');
    expect(patch.description).toBe("add a space after ','");
    expect(remaining).toEqual([]);
  });
});

describe('pyCommentsFixer', () => {
  it('puts two spaces before an inline comment (E261)', async () => {
    const { patch, after, remaining } = await fixFirst(pyCommentsFixer(), 'x = 1 # one\n', 'E261', workspaces);

    expect(after).toBe('x = 1  # one\n');
    expect(patch.description).toBe('put two spaces before the inline comment');
    expect(remaining).toEqual([]);
  });

  it("starts a block comment with '# ' (E265)", async () => {
    const { patch, after, remaining } = await fixFirst(pyCommentsFixer(), '#setup\nx = 1\n', 'E265', workspaces);

    expect(after).toBe('# setup\nx = 1\n');
    expect(patch.description).toBe("start the comment with '# '");
    expect(remaining).toEqual([]);
  });

  it("starts an inline comment with '# ' (E262) and leaves a '#' in a string", async () => {
    const { after, remaining } = await fixFirst(pyCommentsFixer(), 'x = "#a"  #note\n', 'E262', workspaces);

    expect(after).toBe('x = "#a"  # note\n');
    expect(remaining).toEqual([]);
  });
});

describe('pyBlankLinesFixer', () => {
  it('adds the blank lines above a definition and its comment (E302)', async () => {
    const source = 'import os\n# helpers\ndef f():\n    return os.sep\n';

    const { patch, after, remaining } = await fixFirst(pyBlankLinesFixer(), source, 'E302', workspaces);

    expect(after).toBe('import os\n\n\n# helpers\ndef f():\n    return os.sep\n');
    expect(patch.description).toBe('add 2 blank lines before line 3');
    expect(remaining).toEqual([]);
  });

  it('adds one blank line between methods (E301)', async () => {
    const source = 'class A:\n    def a(self):\n        pass\n    def b(self):\n        pass\n';

    const { patch, after, remaining } = await fixFirst(pyBlankLinesFixer(), source, 'E301', workspaces);

    expect(after).toBe('class A:\n    def a(self):\n        pass\n\n    def b(self):\n        pass\n');
    expect(patch.description).toBe('add a blank line before line 4');
    expect(remaining).toEqual([]);
  });

  it('adds the blank lines after a definition (E305)', async () => {
    const { after, remaining } = await fixFirst(pyBlankLinesFixer(), 'def f():\n    pass\nf()\n', 'E305', workspaces);

    expect(after).toBe('def f():\n    pass\n\n\nf()\n');
    expect(remaining).toEqual([]);
  });

  it('removes the extra blank lines inside a function (E303)', async () => {
    const { patch, after, remaining } = await fixFirst(pyBlankLinesFixer(), 'def f():\n    x = 1\n\n\n\n    return x\n', 'E303', workspaces);

    expect(after).toBe('def f():\n    x = 1\n\n    return x\n');
    expect(patch.description).toBe('remove 2 extra blank lines before line 6');
    expect(remaining).toEqual([]);
  });
});

describe('pyLineLengthFixer (E501)', () => {
  it('wraps after commas, aligned inside the bracket', async () => {
    const source = `result = print(${"'first_argument', ".repeat(4)}'last_argument')\n`;

    const { patch, after, remaining } = await fixFirst(pyLineLengthFixer(), source, 'E501', workspaces);

    expect(after).toBe(
      "result = print('first_argument', 'first_argument', 'first_argument',\n               'first_argument', 'last_argument')\n",
    );
    expect(patch.description).toBe('wrap the long line after a comma inside its brackets');
    expect(remaining).toEqual([]);
  });

  it('declines a long line with no comma inside brackets', async () => {
    const result = await answer(pyLineLengthFixer(), `MESSAGE = "${'x'.repeat(90)}"\n`, 'E501', workspaces);

    expect(result.kind).toBe('decline');
  });
});
