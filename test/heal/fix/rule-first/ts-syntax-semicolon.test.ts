// The missing ';' that tsMissingTokenFixer handles: tsc's "';' expected.", and its "',' expected."
// where two declarations run together outside brackets.
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

const SEMICOLON = 'add the missing semicolon';

describe("tsMissingTokenFixer: a missing ';'", () => {
  it("adds the ';' tsc expects between two statements on one line", async () => {
    const ws = await workspace('app.ts', 'let x = 1\nx++ x++;\nexport { x };\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("';' expected.");
    expect(result.kind === 'patch' && result.patch.edits[0].after).toBe('let x = 1\nx++; x++;\nexport { x };\n');
    expect(result.kind === 'patch' && result.patch.description).toBe(SEMICOLON);
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it("adds a ';' where tsc asks for a ',' between two declarations", async () => {
    const ws = await workspace('app.ts', 'export const a = 1\nexport function f() {\n  const b = 2 const c = 3;\n  return a + b + c;\n}\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("',' expected.");
    expect(result.kind === 'patch' && result.patch.edits[0].after).toBe(
      'export const a = 1\nexport function f() {\n  const b = 2; const c = 3;\n  return a + b + c;\n}\n',
    );
    expect(result.kind === 'patch' && result.patch.description).toBe(SEMICOLON);
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('adds the semicolon for node\'s "Unexpected token \'const\'", on the line it fixed', async () => {
    const ws = await workspace('app.js', 'const b = 2 const c = 3;\nconsole.log(b, c);\n');
    const failure = (await nodeCheck(ws.dir, 'app.js')) as Failure;

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("Unexpected token 'const'");
    expect(result.kind === 'patch' && result.patch.edits[0].after).toBe('const b = 2; const c = 3;\nconsole.log(b, c);\n');
    expect(await nodeCheck(ws.dir, 'app.js')).toBeNull();
  });

  it('declines two numbers in a row: an operator is missing, not a statement end', async () => {
    const ws = await workspace('app.ts', 'export let a = 0;\na = 1 2;\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("';' expected.");
    expect(result.kind).toBe('decline');
  });

  it("declines a stray ')' that tsc reports as \"';' expected\"", async () => {
    const ws = await workspace('app.ts', 'String(1));\n');
    const [failure] = await tsc(ws.dir, 'app.ts');

    const result = await fixWith(ws, failure);

    expect(failure.message).toBe("';' expected.");
    expect(result.kind).toBe('decline');
  });
});
