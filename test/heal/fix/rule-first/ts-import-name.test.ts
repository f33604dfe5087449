import { afterEach, describe, expect, it } from 'vitest';
import { tsImportNameFixer } from '../../../../src/heal/fix/rule-first/ts-import-name.ts';
import { importWorkspace, nodeRun, patchFor, tscProject, type ImportWorkspace } from './ts-import-runs.ts';

const UTILS_TS = [
  'export function formatDate(d: number): string {',
  '  return String(d);',
  '}',
  'export default function main(): void {}',
  'export const parseDate = (s: string): Date => new Date(s);',
  '',
].join('\n');
const UTILS_JS = 'export function formatDate(d) {\n  return String(d);\n}\nexport default function main() {}\n';
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

describe('tsImportNameFixer with tsc', () => {
  it("takes tsc's suggestion for a misspelled name (TS2724)", async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': "import { formatDat } from './utils.js';\nconsole.log(formatDate(1));\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2724');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure?.bugType).toBe('IMPORT');
    expect(patch.edits[0].after).toBe("import { formatDate } from './utils.js';\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("correct the imported name to 'formatDate'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('keeps the misspelled local name when the file uses it throughout', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': "import { formatDat } from './utils.js';\nconsole.log(formatDat(1));\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2724');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { formatDate as formatDat } from './utils.js';\nconsole.log(formatDat(1));\n");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('imports a default export by default (TS2614)', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': "import { main, formatDate } from './utils.js';\nmain();\nconsole.log(formatDate(1));\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2614');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import main, { formatDate } from './utils.js';\nmain();\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("import 'main' as the default import");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('imports by name what has no default export (TS2613)', async () => {
    const ws = await workspace({ 'count.ts': 'export const total = 3;\n', 'app.ts': "import total from './count.js';\nconsole.log(total);\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2613');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { total } from './count.js';\nconsole.log(total);\n");
    expect(patch.description).toBe("import 'total' as a named import");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('takes a name from the module that defines it (TS2305)', async () => {
    const ws = await workspace({
      'utils.ts': UTILS_TS,
      'dates.ts': 'export const epoch = 0;\n',
      'app.ts': "import { epoch, parseDate } from './dates.js';\nconsole.log(epoch, parseDate('x'));\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2305');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { epoch } from './dates.js';\nimport { parseDate } from './utils.js';\nconsole.log(epoch, parseDate('x'));\n");
    expect(patch.description).toBe("import 'parseDate' from './utils.js'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('exports a name the module declares but forgot to export (TS2459)', async () => {
    const ws = await workspace({
      'limits.ts': 'const MAX_SIZE = 10;\nexport const MIN_SIZE = 1;\n',
      'app.ts': "import { MAX_SIZE } from './limits.js';\nconsole.log(MAX_SIZE);\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2459');

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits).toEqual([{ file: 'limits.ts', before: 'const MAX_SIZE = 10;\nexport const MIN_SIZE = 1;\n', after: 'export const MAX_SIZE = 10;\nexport const MIN_SIZE = 1;\n' }]);
    expect(patch.description).toBe("add the missing export of 'MAX_SIZE' to limits.ts");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('declines a name no module has anything close to', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': "import { zzz } from './utils.js';\nconsole.log(zzz);\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2614');

    const result = await tsImportNameFixer().fix(failure!, ws.reader);

    expect(result.kind).toBe('decline');
  });
});

describe('tsImportNameFixer with node', () => {
  it('corrects a misspelled name by edit distance', async () => {
    const ws = await workspace({ 'package.json': ESM, 'utils.js': UTILS_JS, 'app.js': "import { fromatDate } from './utils.js';\nconsole.log(fromatDate(1));\n" });
    const failure = (await nodeRun(ws.dir, 'app.js'))[0];

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure).toMatchObject({ file: 'app.js', line: 1, code: 'SyntaxError', bugType: 'IMPORT' });
    expect(patch.edits[0].after).toBe("import { formatDate as fromatDate } from './utils.js';\nconsole.log(fromatDate(1));\n");
    expect(patch.description).toBe("correct the imported name to 'formatDate'");
    expect(await nodeRun(ws.dir, 'app.js')).toEqual([]);
  });

  it('imports a default export by default', async () => {
    const ws = await workspace({ 'package.json': ESM, 'utils.js': UTILS_JS, 'app.js': "import { main } from './utils.js';\nmain();\n" });
    const failure = (await nodeRun(ws.dir, 'app.js'))[0];

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import main from './utils.js';\nmain();\n");
    expect(patch.description).toBe("import 'main' as the default import");
    expect(await nodeRun(ws.dir, 'app.js')).toEqual([]);
  });

  it("imports by name what the module does not export as 'default'", async () => {
    const ws = await workspace({ 'package.json': ESM, 'dates.js': 'export const formatDate = String;\n', 'app.js': "import formatDate from './dates.js';\nconsole.log(formatDate(2));\n" });
    const failure = (await nodeRun(ws.dir, 'app.js'))[0];

    const patch = await patchFor(tsImportNameFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure.message).toBe("The requested module './dates.js' does not provide an export named 'default'");
    expect(patch.edits[0].after).toBe("import { formatDate } from './dates.js';\nconsole.log(formatDate(2));\n");
    expect(await nodeRun(ws.dir, 'app.js')).toEqual([]);
  });
});
