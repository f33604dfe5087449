import { afterEach, describe, expect, it } from 'vitest';
import { tsSyntaxTokenFixer } from '../../../../src/heal/fix/rule-first/ts-syntax-token.ts';
import type { Failure, FixResult } from '../../../../src/heal/types.ts';
import { nodeCheck, tempWorkspace, tsc, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(file: string, source: string): Promise<TempWorkspace> {
  const ws = await tempWorkspace({ [file]: source });
  workspaces.push(ws);
  return ws;
}

async function fixWith(ws: TempWorkspace, failure: Failure): Promise<FixResult> {
  const result = await tsSyntaxTokenFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write(failure.file, result.patch.edits[0].after);
  return result;
}

// Runs tsc on `source`, checks its first error is `expected`, fixes it, and checks tsc is then silent.
async function expectTscFixed(source: string, expected: string, after: string, description: string): Promise<void> {
  const ws = await workspace('app.ts', source);
  const [failure] = await tsc(ws.dir, 'app.ts');

  const result = await fixWith(ws, failure);

  expect(`${failure.code} ${failure.message}`).toBe(expected);
  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
}

// Runs node --check on `source`, checks its message, fixes it, and checks node then parses it.
async function expectNodeFixed(source: string, message: string, after: string, description: string): Promise<FixResult> {
  const ws = await workspace('app.js', source);
  const failure = (await nodeCheck(ws.dir, 'app.js')) as Failure;

  const result = await fixWith(ws, failure);

  expect(failure.message).toBe(message);
  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await nodeCheck(ws.dir, 'app.js')).toBeNull();
  return result;
}

const CLOSE = 'close the string literal';

describe('tsSyntaxTokenFixer with tsc: unterminated literals', () => {
  it('closes a string before the semicolon', () =>
    expectTscFixed('export const s = "abc;\nexport const t = 1;\n', 'TS1002 Unterminated string literal.', 'export const s = "abc";\nexport const t = 1;\n', CLOSE));

  it('closes a string argument before the call closes', () =>
    expectTscFixed(
      "String('abc);\nexport const t = 1;\n",
      'TS1002 Unterminated string literal.',
      "String('abc');\nexport const t = 1;\n",
      CLOSE,
    ));

  it('replaces a closing quote that does not match the opening one', () =>
    expectTscFixed(
      "export const s = 'abc\";\n",
      'TS1002 Unterminated string literal.',
      "export const s = 'abc';\n",
      'close the string with its opening quote',
    ));

  it('closes a string before a trailing comment', () =>
    expectTscFixed(
      'export const s = "abc // the name\nexport const t = 1;\n',
      'TS1002 Unterminated string literal.',
      'export const s = "abc" // the name\nexport const t = 1;\n',
      CLOSE,
    ));

  it('uses double quotes for a string with an apostrophe, which tsc first blames on a missing comma', () =>
    expectTscFixed(
      "export const s = 'don't stop';\n",
      "TS1005 ',' expected.",
      'export const s = "don\'t stop";\n',
      'use double quotes for the string with an apostrophe',
    ));

  it('closes a template literal on the line it opened', () =>
    expectTscFixed(
      'const n = 1;\nexport const s = `n=${n};\nexport const t = 1;\n',
      'TS1160 Unterminated template literal.',
      'const n = 1;\nexport const s = `n=${n}`;\nexport const t = 1;\n',
      CLOSE,
    ));
});

describe('tsSyntaxTokenFixer with tsc: doubled and stray tokens', () => {
  it("removes a stray ')'", () =>
    expectTscFixed('String(1));\n', "TS1005 ';' expected.", 'String(1);\n', "remove the stray ')'"));

  it("removes a stray ')' inside a function body", () =>
    expectTscFixed(
      'export function f(a: number) {\n  if (a > 1)) {\n    return 1;\n  }\n  return 0;\n}\n',
      'TS1109 Expression expected.',
      'export function f(a: number) {\n  if (a > 1) {\n    return 1;\n  }\n  return 0;\n}\n',
      "remove the stray ')'",
    ));

  it("removes a stray ']'", () =>
    expectTscFixed('export const a = [1, 2]];\n', "TS1005 ',' expected.", 'export const a = [1, 2];\n', "remove the stray ']'"));

  it("removes a stray '}' alone on its line", () =>
    expectTscFixed(
      'export function f() {\n  return 1;\n}\n}\nexport const g = 2;\n',
      'TS1128 Declaration or statement expected.',
      'export function f() {\n  return 1;\n}\nexport const g = 2;\n',
      "remove the stray '}'",
    ));

  it("removes a doubled ','", () =>
    expectTscFixed('export const m = Math.max(1,, 2);\n', 'TS1135 Argument expression expected.', 'export const m = Math.max(1, 2);\n', "remove the doubled ','"));

  it("removes a doubled ':'", () =>
    expectTscFixed('export const o = { a:: 1 };\n', 'TS1109 Expression expected.', 'export const o = { a: 1 };\n', "remove the doubled ':'"));

  it("removes a doubled '.'", () =>
    expectTscFixed('export const a = Math..max(1, 2);\n', 'TS1003 Identifier expected.', 'export const a = Math.max(1, 2);\n', "remove the doubled '.'"));

  it("removes a doubled '='", () =>
    expectTscFixed('export const a = = 2;\n', 'TS1109 Expression expected.', 'export const a = 2;\n', "remove the doubled '='"));

  it("removes a doubled '=>'", () =>
    expectTscFixed('export const f = () => => 1;\n', "TS1005 '(' expected.", 'export const f = () => 1;\n', "remove the doubled '=>'"));

  it('removes a doubled keyword', () =>
    expectTscFixed(
      'export function f() {\n  return return 1;\n}\n',
      'TS1109 Expression expected.',
      'export function f() {\n  return 1;\n}\n',
      "remove the doubled 'return'",
    ));

  it('declines a missing token: the missing-token fixer owns it', async () => {
    const ws = await workspace('app.ts', 'export const a = [1 2];\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("',' expected.");
    expect(result.kind).toBe('decline');
  });
});

describe('tsSyntaxTokenFixer with node', () => {
  it('closes a string for "Invalid or unexpected token"', () =>
    expectNodeFixed('const s = "abc;\nconsole.log(s);\n', 'Invalid or unexpected token', 'const s = "abc";\nconsole.log(s);\n', CLOSE));

  it('closes a template for "Unexpected end of input", reporting the line it fixed', async () => {
    const result = await expectNodeFixed('const s = `abc;\nconsole.log(s);\n', 'Unexpected end of input', 'const s = `abc`;\nconsole.log(s);\n', CLOSE);

    expect(result.kind === 'patch' && result.patch.line).toBe(1);
  });

  it(`removes a doubled '}' for "Unexpected token '}'"`, () =>
    expectNodeFixed('function f() {\n  return 1;\n}}\nf();\n', "Unexpected token '}'", 'function f() {\n  return 1;\n}\nf();\n', "remove the stray '}'"));

  it(`removes a doubled ')' for "Unexpected token ')'"`, () =>
    expectNodeFixed('console.log(1));\n', "Unexpected token ')'", 'console.log(1);\n', "remove the stray ')'"));

  it('declines a file that parses', async () => {
    const ws = await workspace('app.js', 'const a = 1;\n');
    const failure: Failure = { file: 'app.js', line: 1, message: 'Unexpected token', bugType: 'SYNTAX', tool: 'node', check: 't' };

    const result = await fixWith(ws, failure);

    expect(result).toEqual({ kind: 'decline', reason: 'app.js parses' });
  });
});
