import { afterEach, describe, expect, it } from 'vitest';
import { tsImportPathFixer } from '../../../../src/heal/fix/rule-first/ts-import-path.ts';
import { importWorkspace, nodeRun, patchFor, tscProject, type ImportWorkspace } from './ts-import-runs.ts';

const UTILS_TS = 'export function formatDate(d: number): string {\n  return String(d);\n}\n';
const UTILS_JS = 'export function formatDate(d) {\n  return String(d);\n}\n';
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

describe('tsImportPathFixer with tsc', () => {
  it("adds the '.js' extension tsc suggests (TS2835, nodenext)", async () => {
    const ws = await workspace({ 'package.json': ESM, 'utils.ts': UTILS_TS, 'app.ts': "import { formatDate } from './utils';\nconsole.log(formatDate(1));\n" });
    const failure = (await tscProject(ws.dir, 'nodenext')).find((f) => f.code === 'TS2835');

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure?.bugType).toBe('IMPORT');
    expect(patch.edits).toHaveLength(1);
    expect(patch.edits[0].after).toBe("import { formatDate } from './utils.js';\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("add the '.js' extension to the import path");
    expect(await tscProject(ws.dir, 'nodenext')).toEqual([]);
  });

  it('names the index file of a directory import (TS2834)', async () => {
    const ws = await workspace({ 'package.json': ESM, 'lib/index.ts': 'export const version = 1;\n', 'app.ts': "import { version } from './lib';\nconsole.log(version);\n" });
    const failure = (await tscProject(ws.dir, 'nodenext')).find((f) => f.code === 'TS2834');

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { version } from './lib/index.js';\nconsole.log(version);\n");
    expect(patch.description).toBe("correct the import path to './lib/index.js'");
    expect(await tscProject(ws.dir, 'nodenext')).toEqual([]);
  });

  it('corrects a misspelled file name (TS2307)', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'app.ts': "import { formatDate } from './util.js';\nconsole.log(formatDate(1));\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2307');

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { formatDate } from './utils.js';\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("correct the import path to './utils.js'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('corrects a wrong directory, keeping the extensionless style (TS2307)', async () => {
    const ws = await workspace({
      'src/lib/text.ts': 'export function slug(s: string): string {\n  return s.toLowerCase();\n}\n',
      'src/app/main.ts': "import { slug } from './lib/text';\nconsole.log(slug('A'));\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2307');

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].file).toBe('src/app/main.ts');
    expect(patch.edits[0].after).toBe("import { slug } from '../lib/text';\nconsole.log(slug('A'));\n");
    expect(patch.description).toBe("correct the import path to '../lib/text'");
    expect(await tscProject(ws.dir, 'bundler')).toEqual([]);
  });

  it('picks, of two files with the same name, the one exporting the imported names', async () => {
    const ws = await workspace({
      'a/format.ts': 'export const other = 1;\n',
      'b/format.ts': UTILS_TS,
      'app.ts': "import { formatDate } from './format.js';\nconsole.log(formatDate(1));\n",
    });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2307');

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);

    expect(patch.edits[0].after).toBe("import { formatDate } from './b/format.js';\nconsole.log(formatDate(1));\n");
  });

  it('declines when two paths are equally close', async () => {
    const ws = await workspace({ 'utils.ts': UTILS_TS, 'utilz.ts': UTILS_TS, 'app.ts': "import { formatDate } from './utilx.js';\nconsole.log(formatDate(1));\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2307');

    const result = await tsImportPathFixer().fix(failure!, ws.reader);

    expect(result.kind).toBe('decline');
  });

  it('declines a missing package', async () => {
    const ws = await workspace({ 'app.ts': "import { z } from 'zod';\nconsole.log(z);\n" });
    const failure = (await tscProject(ws.dir, 'bundler')).find((f) => f.code === 'TS2307');

    const result = await tsImportPathFixer().fix(failure!, ws.reader);

    expect(result.kind).toBe('decline');
  });
});

describe('tsImportPathFixer with node', () => {
  it("adds the '.js' extension Node's ESM loader needs (ERR_MODULE_NOT_FOUND)", async () => {
    const ws = await workspace({ 'package.json': ESM, 'utils.js': UTILS_JS, 'app.js': "import { formatDate } from './utils';\nconsole.log(formatDate(1));\n" });
    const failure = (await nodeRun(ws.dir, 'app.js'))[0];

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(failure).toMatchObject({ file: 'app.js', code: 'ERR_MODULE_NOT_FOUND', bugType: 'IMPORT' });
    expect(patch.edits[0].after).toBe("import { formatDate } from './utils.js';\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("add the '.js' extension to the import path");
    expect(await nodeRun(ws.dir, 'app.js')).toEqual([]);
  });

  it('corrects a misspelled path in a nested file', async () => {
    const ws = await workspace({
      'package.json': ESM,
      'src/utils.mjs': UTILS_JS,
      'src/cli/run.mjs': "import { formatDate } from '../util.mjs';\nconsole.log(formatDate(1));\n",
    });
    const failure = (await nodeRun(ws.dir, 'src/cli/run.mjs'))[0];

    const patch = await patchFor(tsImportPathFixer(), failure, ws.reader);
    await ws.apply(patch);

    expect(patch.edits[0].after).toBe("import { formatDate } from '../utils.mjs';\nconsole.log(formatDate(1));\n");
    expect(patch.description).toBe("correct the import path to '../utils.mjs'");
    expect(await nodeRun(ws.dir, 'src/cli/run.mjs')).toEqual([]);
  });
});
