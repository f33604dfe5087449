import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { tsUnusedImportFixer } from '../../../../src/heal/fix/rule-first/ts-unused-import.ts';
import type { Failure, Patch } from '../../../../src/heal/types.ts';
import { nodeCheck, tempWorkspace, tsc, type TempWorkspace } from '../tool-runs.ts';

const MODULE = 'export default 1;\nexport const a = 1;\nexport const b = 2;\nexport type T = number;\n';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(source: string, file = 'app.ts'): Promise<TempWorkspace> {
  const ws = await tempWorkspace({ [file]: source, 'm.ts': MODULE, 'side.ts': 'export {};\n' });
  workspaces.push(ws);
  return ws;
}

// Runs tsc, fixes the diagnostic that `pick` selects, writes the result back.
async function fixWithTsc(source: string, pick: (f: Failure) => boolean): Promise<{ patch: Patch; ws: TempWorkspace }> {
  const ws = await workspace(source);
  const failure = (await tsc(ws.dir, 'app.ts')).find(pick);
  if (!failure) throw new Error('tsc did not report the expected diagnostic');
  const result = await tsUnusedImportFixer().fix(failure, ws.reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  await ws.write('app.ts', result.patch.edits[0].after);
  return { patch: result.patch, ws };
}

const unused = (name: string) => (f: Failure) => f.message.startsWith(`'${name}' is declared but`);

describe('tsUnusedImportFixer with tsc', () => {
  it('removes one name of a named import list', async () => {
    const { patch, ws } = await fixWithTsc("import { a, b } from './m';\nexport const used = b;\n", unused('a'));

    expect(patch.edits[0].after).toBe("import { b } from './m';\nexport const used = b;\n");
    expect(patch.description).toBe("remove the unused import 'a'");
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes a whole single-name declaration', async () => {
    const { patch, ws } = await fixWithTsc("import { a } from './m';\nimport { b } from './m';\nexport const used = b;\n", unused('a'));

    expect(patch.edits[0].after).toBe("import { b } from './m';\nexport const used = b;\n");
    expect(patch.description).toBe('remove the import statement');
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes the default of `import x, { y }`', async () => {
    const { patch, ws } = await fixWithTsc("import x, { a } from './m';\nexport const used = a;\n", unused('x'));

    expect(patch.edits[0].after).toBe("import { a } from './m';\nexport const used = a;\n");
    expect(patch.description).toBe("remove the unused import 'x'");
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes the named part of `import x, { y }`', async () => {
    const { patch, ws } = await fixWithTsc("import x, { a } from './m';\nexport const used = x;\n", unused('a'));

    expect(patch.edits[0].after).toBe("import x from './m';\nexport const used = x;\n");
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes the line of one name in a multi-line import', async () => {
    const { patch, ws } = await fixWithTsc("import {\n  a,\n  b,\n} from './m';\nexport const used = b;\n", unused('a'));

    expect(patch.edits[0].after).toBe("import {\n  b,\n} from './m';\nexport const used = b;\n");
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes an aliased name by its local name', async () => {
    const { patch, ws } = await fixWithTsc("import { a as alpha, b } from './m';\nexport const used = b;\n", unused('alpha'));

    expect(patch.edits[0].after).toBe("import { b } from './m';\nexport const used = b;\n");
    expect(patch.description).toBe("remove the unused import 'alpha'");
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes an unused `import type` declaration', async () => {
    const { patch, ws } = await fixWithTsc("import type { T } from './m';\nexport const n = 1;\n", unused('T'));

    expect(patch.edits[0].after).toBe('export const n = 1;\n');
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('removes a declaration whose imports are all unused (TS6192)', async () => {
    const { patch, ws } = await fixWithTsc("import x, { a } from './m';\nexport const n = 1;\n", (f) => f.code === 'TS6192');

    expect(patch.edits[0].after).toBe('export const n = 1;\n');
    expect(patch.description).toBe('remove the import statement');
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });

  it('keeps side-effect imports', async () => {
    const { patch } = await fixWithTsc("import './side';\nimport * as ns from './m';\nexport const n = 1;\n", unused('ns'));

    expect(patch.edits[0].after).toBe("import './side';\nexport const n = 1;\n");
  });

  it('declines a name that no import at that line binds', async () => {
    const ws = await workspace("import './side';\nconst unused = 1;\n");
    const failure = (await tsc(ws.dir, 'app.ts')).find(unused('unused'));

    const result = await tsUnusedImportFixer().fix(failure as Failure, ws.reader);

    expect(result.kind).toBe('decline');
  });
});

describe('tsUnusedImportFixer with eslint output', () => {
  const fixtureDir = new URL('../../../fixtures/fix/', import.meta.url);

  it('fixes each no-unused-vars report of the captured eslint run', async () => {
    const source = await readFile(new URL('eslint-unused-import.js', fixtureDir), 'utf8');
    const report = await readFile(new URL('eslint-unused-import.txt', fixtureDir), 'utf8');
    const failures = [...report.matchAll(/^\s+(\d+):(\d+)\s+error\s+(.+?)\s{2,}(\S+)$/gm)].map(
      (m): Failure => ({ file: 'a.js', line: Number(m[1]), column: Number(m[2]), message: m[3], code: m[4], tool: 'eslint', bugType: 'LINTING', check: 'lint' }),
    );
    const ws = await workspace(source, 'a.js');
    const descriptions: string[] = [];

    // Bottom-up, so earlier reports' lines still hold.
    for (const failure of failures.reverse()) {
      const result = await tsUnusedImportFixer().fix(failure, ws.reader);
      if (result.kind !== 'patch') throw new Error(result.reason);
      descriptions.push(result.patch.description);
      await ws.write('a.js', result.patch.edits[0].after);
    }

    expect(failures).toHaveLength(3);
    expect(descriptions).toEqual(['remove the import statement', "remove the unused import 'join'", 'remove the import statement']);
    expect(await readFile(`${ws.dir}/a.js`, 'utf8')).toBe("import { resolve } from 'node:path';\nconsole.log(resolve('.'));\n");
    expect(await nodeCheck(ws.dir, 'a.js')).toBeNull();
  });

  it('declines a no-unused-vars report on a variable', async () => {
    const ws = await workspace('const unused = 1;\n', 'b.js');
    const failure: Failure = { file: 'b.js', line: 1, column: 7, message: "'unused' is assigned a value but never used", tool: 'eslint', bugType: 'LINTING', check: 'lint' };
    const defined: Failure = { ...failure, message: "'unused' is defined but never used" };

    const results = [await tsUnusedImportFixer().fix(failure, ws.reader), await tsUnusedImportFixer().fix(defined, ws.reader)];

    expect(results.map((r) => r.kind)).toEqual(['decline', 'decline']);
  });
});
