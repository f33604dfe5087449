import { afterEach, describe, expect, it } from 'vitest';
import { pySyntaxTokenFixer } from '../../../../src/heal/fix/rule-first/py-syntax-token.ts';
import type { Failure, FixResult } from '../../../../src/heal/types.ts';
import { pyCompile, tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// Compiles `source` with python3, hands its SyntaxError to the fixer, writes back any patch.
async function fixCompileError(source: string): Promise<{ result: FixResult; ws: TempWorkspace; failure: Failure }> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = await pyCompile(ws.dir, 'mod.py');
  if (!failure) throw new Error('the source compiles');
  const result = await pySyntaxTokenFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write('mod.py', result.patch.edits[0].after);
  return { result, ws, failure };
}

// The real message, the fixer's `after` and description, and python3 compiling the result.
async function expectFixed(source: string, message: string, after: string, description: string): Promise<void> {
  const { result, ws, failure } = await fixCompileError(source);

  expect(failure.message).toBe(message);
  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await pyCompile(ws.dir, 'mod.py')).toBeNull();
}

const COMMA_MESSAGE = 'invalid syntax. Perhaps you forgot a comma?';
const COMMA = 'add the missing comma';
const EQUALS_MESSAGE = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
const EQUALS = "use '==' for the comparison";
const CLOSE = 'close the string literal';

describe('pySyntaxTokenFixer: a forgotten comma', () => {
  it('adds the comma between two list items', () => expectFixed('x = [1, 2 3]\n', COMMA_MESSAGE, 'x = [1, 2, 3]\n', COMMA));

  it('adds the comma between two call arguments', () => expectFixed('print("a" 1)\n', COMMA_MESSAGE, 'print("a", 1)\n', COMMA));

  it('adds the comma at the end of a dict entry, before its comment', () =>
    expectFixed('d = {\n    "a": 1  # one\n    "b": 2,\n}\n', COMMA_MESSAGE, 'd = {\n    "a": 1,  # one\n    "b": 2,\n}\n', COMMA));

  it('adds the comma after the second of three strings when the first two concatenate', () =>
    expectFixed('x = ["a" "b" c]\n', COMMA_MESSAGE, 'x = ["a" "b", c]\n', COMMA));

  it('adds the comma between two parameters (a bare "invalid syntax")', () =>
    expectFixed('def f(a b):\n    return a\n', 'invalid syntax', 'def f(a, b):\n    return a\n', COMMA));

  it('adds the comma between two imported names', () =>
    expectFixed('from os import path sep\n', 'invalid syntax', 'from os import path, sep\n', COMMA));
});

describe("pySyntaxTokenFixer: '=' for '=='", () => {
  it('uses == in an if condition', () =>
    expectFixed('x = 1\nif x = 1:\n    pass\n', EQUALS_MESSAGE, 'x = 1\nif x == 1:\n    pass\n', EQUALS));

  it('uses == in a while condition', () =>
    expectFixed('x = 1\nwhile x = 2:\n    x += 1\n', EQUALS_MESSAGE, 'x = 1\nwhile x == 2:\n    x += 1\n', EQUALS));

  it('uses == after an attribute ("cannot assign to attribute here")', () =>
    expectFixed(
      'class A:\n    b = 1\n\n\nif A.b = 1:\n    pass\n',
      "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
      'class A:\n    b = 1\n\n\nif A.b == 1:\n    pass\n',
      EQUALS,
    ));

  it('uses == in the second operand of an and (a bare "invalid syntax")', () =>
    expectFixed('x = 1\nif x > 0 and x = 1:\n    pass\n', 'invalid syntax', 'x = 1\nif x > 0 and x == 1:\n    pass\n', EQUALS));

  it('uses == in an assert', () => expectFixed('x = 1\nassert x = 1\n', 'invalid syntax', 'x = 1\nassert x == 1\n', EQUALS));
});

describe('pySyntaxTokenFixer: unterminated strings', () => {
  it('closes a string at the end of its line', () =>
    expectFixed('x = "abc\ny = 1\n', 'unterminated string literal (detected at line 1)', 'x = "abc"\ny = 1\n', CLOSE));

  it('closes a string before the parenthesis that ends the call', () =>
    expectFixed("print('abc)\ny = 1\n", 'unterminated string literal (detected at line 1)', "print('abc')\ny = 1\n", CLOSE));

  it('closes a string before the colon of a header', () =>
    expectFixed('x = "a"\nif x == "abc:\n    pass\n', 'unterminated string literal (detected at line 2)', 'x = "a"\nif x == "abc":\n    pass\n', CLOSE));

  it('closes an f-string before a trailing comment', () =>
    expectFixed('y = 1\nx = f"y={y}  # show y\n', 'unterminated string literal (detected at line 2)', 'y = 1\nx = f"y={y}"  # show y\n', CLOSE));

  it('replaces a closing quote that does not match the opening one', () =>
    expectFixed('print("abc\')\n', 'unterminated string literal (detected at line 1)', 'print("abc")\n', 'close the string with its opening quote'));

  it('adds the opening quote forgotten before a word', () =>
    expectFixed('print(hello")\n', 'unterminated string literal (detected at line 1)', 'print("hello")\n', 'add the missing opening quote'));

  it('uses double quotes for a single-quoted string with an apostrophe', () =>
    expectFixed("print('don't stop')\n", 'unterminated string literal (detected at line 1)', 'print("don\'t stop")\n', 'use double quotes for the string with an apostrophe'));

  it('closes a docstring at the end of its first line', () =>
    expectFixed(
      'def f():\n    """Return one.\n    return 1\n\n\ndef g():\n    return 2\n',
      'unterminated triple-quoted string literal (detected at line 7)',
      'def f():\n    """Return one."""\n    return 1\n\n\ndef g():\n    return 2\n',
      CLOSE,
    ));
});

describe('pySyntaxTokenFixer: doubled and stray tokens', () => {
  it("removes a doubled ':' of a header", () =>
    expectFixed('def f()::\n    return 1\n', 'invalid syntax', 'def f():\n    return 1\n', "remove the doubled ':'"));

  it("removes a doubled ','", () => expectFixed('x = [1,, 2]\n', 'invalid syntax', 'x = [1, 2]\n', "remove the doubled ','"));

  it("removes a doubled '.'", () => expectFixed('import os\np = os..path\n', 'invalid syntax', 'import os\np = os.path\n', "remove the doubled '.'"));

  it("removes a doubled '='", () => expectFixed('x = = 2\n', 'invalid syntax', 'x = 2\n', "remove the doubled '='"));

  it('removes a doubled keyword', () =>
    expectFixed('def f():\n    return return 1\n', 'invalid syntax', 'def f():\n    return 1\n', "remove the doubled 'return'"));

  it("removes a stray ':' after a simple statement", () => expectFixed('x = 1:\n', 'invalid syntax', 'x = 1\n', "remove the stray ':'"));

  it('rewrites a print statement as a call', () =>
    expectFixed(
      'x = 2\nprint "x is", x  # show\n',
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
      'x = 2\nprint("x is", x)  # show\n',
      'add the parentheses of the print call',
    ));
});

describe('pySyntaxTokenFixer: where and when', () => {
  it('reports the line the compiler blames when the failure named another', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'a = 1\nx = [1 2]\n' });
    workspaces.push(ws);
    const failure: Failure = { file: 'mod.py', line: 1, message: 'invalid syntax', bugType: 'SYNTAX', tool: 'pytest', check: 't' };

    const result = await pySyntaxTokenFixer().fix(failure, ws.reader);

    expect(result.kind === 'patch' && result.patch.line).toBe(2);
  });

  it('declines a missing operand between two numbers', async () => {
    const { result, failure } = await fixCompileError('x = 1 2\n');

    expect(failure.message).toBe('invalid syntax');
    expect(result.kind).toBe('decline');
  });

  it('declines a missing colon: the missing-token fixer owns it', async () => {
    const { result, failure } = await fixCompileError('def f()\n    return 1\n');

    expect(failure.message).toBe("expected ':'");
    expect(result.kind).toBe('decline');
  });

  it('declines a file that compiles', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'x = 1\n' });
    workspaces.push(ws);
    const failure: Failure = { file: 'mod.py', line: 1, message: 'invalid syntax', bugType: 'SYNTAX', tool: 'python', check: 't' };

    const result = await pySyntaxTokenFixer().fix(failure, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'mod.py compiles' });
  });
});
