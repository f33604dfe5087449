import { afterEach, describe, expect, it } from 'vitest';
import { pyMissingTokenFixer } from '../../../../src/heal/fix/rule-first/py-missing-token.ts';
import type { FixResult } from '../../../../src/heal/types.ts';
import { pyCompile, tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// Compiles `source` with python3, hands its SyntaxError to the fixer, writes back any patch.
async function fixCompileError(source: string): Promise<{ result: FixResult; ws: TempWorkspace; message: string }> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = await pyCompile(ws.dir, 'mod.py');
  if (!failure) throw new Error('the source compiles');
  const result = await pyMissingTokenFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write('mod.py', result.patch.edits[0].after);
  return { result, ws, message: failure.message };
}

async function expectFixed(source: string, after: string, description: string): Promise<void> {
  const { result, ws } = await fixCompileError(source);

  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await pyCompile(ws.dir, 'mod.py')).toBeNull();
}

const COLON = 'add the colon at the correct position';

describe('pyMissingTokenFixer: missing colon', () => {
  it('adds the colon of a def', () => expectFixed('def f()\n    return 1\n', 'def f():\n    return 1\n', COLON));

  it('adds the colon of an if, before its comment', () =>
    expectFixed('x = 1\nif x == 1  # check\n    x = 2\n', 'x = 1\nif x == 1:  # check\n    x = 2\n', COLON));

  it('adds the colon of a class', () => expectFixed('class A(object)\n    pass\n', 'class A(object):\n    pass\n', COLON));

  it('adds the colon of an else', () =>
    expectFixed('x = 1\nif x:\n    pass\nelse\n    pass\n', 'x = 1\nif x:\n    pass\nelse:\n    pass\n', COLON));

  it('adds the colon of a header spanning two lines', () =>
    expectFixed('def f(a,\n      b)\n    return a\n', 'def f(a,\n      b):\n    return a\n', COLON));

  it('keeps CRLF line endings', () => expectFixed('def f()\r\n    return 1\r\n', 'def f():\r\n    return 1\r\n', COLON));
});

describe('pyMissingTokenFixer: brackets', () => {
  it('closes a call on its line', () =>
    expectFixed('x = max(1, 2\ny = 3\n', 'x = max(1, 2)\ny = 3\n', 'add the missing closing parenthesis'));

  it('closes a list on its line', () => expectFixed('x = [1, 2\ny = 3\n', 'x = [1, 2]\ny = 3\n', 'add the missing closing bracket'));

  it('closes a call continued on the next line, not on the line ending in a comma', () =>
    expectFixed('x = max(1,\n        2\ny = 3\n', 'x = max(1,\n        2)\ny = 3\n', 'add the missing closing parenthesis'));

  it('closes a paren before the header colon and the comment', () =>
    expectFixed('x = 1\nif max(x, 2:  # hm\n    pass\n', 'x = 1\nif max(x, 2):  # hm\n    pass\n', 'add the missing closing parenthesis'));

  it('closes an inner bracket left open before a closing paren', () =>
    expectFixed('a = [1, 2]\nprint(a[1)\n', 'a = [1, 2]\nprint(a[1])\n', 'add the missing closing bracket'));

  it('replaces a closer that does not match its opener', () =>
    expectFixed('a = 1\nprint(a]\n', 'a = 1\nprint(a)\n', "replace ']' with ')'"));

  it('removes an unmatched closer', () => expectFixed('x = 1)\n', 'x = 1\n', 'remove the unmatched closing parenthesis'));

  it('fixes the first error when another one follows far below', async () => {
    const { result } = await fixCompileError('def f()\n    return 1\n\n\nx = = 2\n');

    expect(result.kind === 'patch' && result.patch.edits[0].after).toBe('def f():\n    return 1\n\n\nx = = 2\n');
  });
});

describe('pyMissingTokenFixer: declines', () => {
  it('declines a syntax error that is not a missing token', async () => {
    const { result, message } = await fixCompileError('x = = 2\n');

    expect(message).toBe('invalid syntax');
    expect(result.kind).toBe('decline');
  });

  it('declines an expected colon outside a compound statement header', async () => {
    const { result } = await fixCompileError('x = lambda y y\n');

    expect(result.kind).toBe('decline');
  });
});
