import { afterEach, describe, expect, it } from 'vitest';
import { tsMissingTokenFixer } from '../../../../src/heal/fix/rule-first/ts-missing-token.ts';
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
  const result = await tsMissingTokenFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write(failure.file, result.patch.edits[0].after);
  return result;
}

// Runs tsc on `source`, fixes its first error, and checks tsc is then silent.
async function expectTscFixed(source: string, after: string, description: string): Promise<void> {
  const ws = await workspace('app.ts', source);
  const [failure] = await tsc(ws.dir, 'app.ts');

  const result = await fixWith(ws, failure);

  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
}

// Runs node --check on `source`, fixes its SyntaxError, and checks node then parses it.
async function expectNodeFixed(source: string, after: string, description: string): Promise<void> {
  const ws = await workspace('app.js', source);
  const failure = await nodeCheck(ws.dir, 'app.js');

  const result = await fixWith(ws, failure as Failure);

  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await nodeCheck(ws.dir, 'app.js')).toBeNull();
}

const PAREN = 'add the missing closing parenthesis';
const BRACE = 'add the missing closing brace';

describe('tsMissingTokenFixer with tsc', () => {
  it("adds a ')' missing before a semicolon", () =>
    expectTscFixed('const n = Math.max(1, 2;\nexport { n };\n', 'const n = Math.max(1, 2);\nexport { n };\n', PAREN));

  it("adds a ')' after the condition, not before the brace", () =>
    expectTscFixed('export function f(x: number) {\n  if (x > 1 {\n    return 1;\n  }\n  return 0;\n}\n', 'export function f(x: number) {\n  if (x > 1) {\n    return 1;\n  }\n  return 0;\n}\n', PAREN));

  it("adds a '}' closing a block where its indentation ends", () =>
    expectTscFixed(
      'export function f() {\n  return 1;\n\nexport function g() {\n  return 2;\n}\n',
      'export function f() {\n  return 1;\n}\n\nexport function g() {\n  return 2;\n}\n',
      BRACE,
    ));

  it("closes the open array when tsc asks for a ','", () =>
    expectTscFixed('export const a = [1, 2;\n', 'export const a = [1, 2];\n', 'add the missing closing bracket'));

  it('adds a comma between object properties on two lines', () =>
    expectTscFixed('export const o = { a: 1\n  b: 2 };\n', 'export const o = { a: 1,\n  b: 2 };\n', 'add the missing comma'));

  it('adds the colon missing in a conditional expression', () =>
    expectTscFixed('declare const x: boolean;\nexport const v = x ? 1 2;\n', 'declare const x: boolean;\nexport const v = x ? 1: 2;\n', 'add the colon at the correct position'));

  it('declines a syntax error that is not a missing token', async () => {
    const ws = await workspace('app.ts', 'export const x = = 2;\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.code).toBe('TS1109');
    expect(result.kind).toBe('decline');
  });
});

describe('tsMissingTokenFixer with node', () => {
  it('closes a call for "missing ) after argument list"', () =>
    expectNodeFixed('const x = Math.max(1, 2\nconst y = 3;\nconsole.log(x, y);\n', 'const x = Math.max(1, 2)\nconst y = 3;\nconsole.log(x, y);\n', PAREN));

  it('closes a function for "Unexpected end of input"', () =>
    expectNodeFixed('function f() {\n  return 1;\n', 'function f() {\n  return 1;\n}\n', BRACE));

  it('declines an unexpected token that is not a missing one', async () => {
    const ws = await workspace('app.js', 'const a = 1;\n}\n');
    const failure = await nodeCheck(ws.dir, 'app.js');

    const result = await fixWith(ws, failure as Failure);

    expect(failure?.message).toBe("Unexpected token '}'");
    expect(result.kind).toBe('decline');
  });
});
