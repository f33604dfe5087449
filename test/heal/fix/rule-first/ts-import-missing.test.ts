import { afterEach, describe, expect, it } from 'vitest';
import { tsMissingImportFixer } from '../../../../src/heal/fix/rule-first/ts-import-missing.ts';
import { importWorkspace, nodeRun, patchFor, tscProject, type ImportWorkspace } from './ts-import-runs.ts';

const UTILS_TS = 'export function formatDate(d: number): string {\n  return String(d);\n}\nexport interface Interval {\n  from: number;\n}\n';
const ESM = '{ "type": "module" }\n';

const workspaces: ImportWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(files: Record<string, string>): Promise<ImportWorkspace> {
  const ws = await importWorkspace(files);
  workspaces.push(ws);
  return ws;
}

describe('tsMissingImportFixer with tsc', () => {
  it('adds the import after the last one, in the file’s path style (TS2552)', async () => {
    const ws = await workspace({
      'src/utils.ts': UTILS_TS,
      'src/log.ts': 'export const log = console.log;\n',
      'src/app.ts': "import { log } from './log.js';\n\nlog(formatDate(1));\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.message.startsWith("Cannot find name 'formatDate'"));

    const patch = await patchFor(tsMissingImportFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure).toMatchObject({ code: 'TS2552', bugType: 'IMPORT' });
    expect(patch.edits[0].after).toBe("import { log } from './log.js';\nimport { formatDate } from './utils.js';\n\nlog(formatDate(1));\n");
    expect(patch.description).toBe("add the missing import of 'formatDate' from './utils.js'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('adds the name to an existing import of the same module (TS2304)', async () => {
    const ws = await workspace({
      'lib/shapes.ts': 'export const square = (n: number): number => n * n;\nexport const cube = (n: number): number => n * n * n;\n',
      'main.ts': "import { square } from './lib/shapes';\nexport const volume = cube(square(2));\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2304');

    const patch = await patchFor(tsMissingImportFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { square, cube } from './lib/shapes';\nexport const volume = cube(square(2));\n");
    expect(patch.description).toBe("add the missing import of 'cube' from './lib/shapes'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('imports a type with `import type`', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'span.ts': 'export const span: Interval = { from: 1 };\n' });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.message.startsWith("Cannot find name 'Interval'"));

    const patch = await patchFor(tsMissingImportFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import type { Interval } from './utils.js';\nexport const span: Interval = { from: 1 };\n");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('declines a name that two modules export', async () => {
    const ws = await workspace({ 'a.ts': UTILS_TS, 'b.ts': UTILS_TS, 'app.ts': 'console.log(formatDate(1));\n' });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.file === 'app.ts');

    const result = await tsMissingImportFixer().fix(failure!, ws.reader);

    expect(result.kind).toBe('decline');
  });

  it('declines a name no module exports', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': 'console.log(parseDate(1));\n' });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2304');

    const result = await tsMissingImportFixer().fix(failure!, ws.reader);

    expect(result.kind).toBe('decline');
  });
});

describe('tsMissingImportFixer with node', () => {
  it('adds the import of a ReferenceError name to an ES module', async () => {
    const ws = await workspace({
      'package.json': ESM,
      'lib/money.js': 'export function cents(n) {\n  return Math.round(n * 100);\n}\n',
      'run.js': "console.log(cents(1.5));\n",
    });
    const failure = (await nodeRun(ws.dir, 'run.js'))[0];

    const patch = await patchFor(tsMissingImportFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure).toMatchObject({ file: 'run.js', code: 'ReferenceError', bugType: 'IMPORT' });
    expect(patch.edits[0].after).toBe("import { cents } from './lib/money.js';\nconsole.log(cents(1.5));\n");
    expect(await nodeRun(ws.dir, 'run.js')).toEqual([]);
  });

  it('declines in a CommonJS file', async () => {
    const ws = await workspace({ 'lib/money.js': 'exports.cents = (n) => Math.round(n * 100);\n', 'run.js': 'console.log(cents(1.5));\n' });
    const failure = (await nodeRun(ws.dir, 'run.js'))[0];

    const result = await tsMissingImportFixer().fix(failure, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'run.js is a CommonJS module' });
  });
});
