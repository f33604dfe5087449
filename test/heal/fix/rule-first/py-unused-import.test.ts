import { afterEach, describe, expect, it } from 'vitest';
import { pyUnusedImportFixer } from '../../../../src/heal/fix/rule-first/py-unused-import.ts';
import type { Patch } from '../../../../src/heal/types.ts';
import { flake8, tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// Runs flake8 on `source`, fixes the report naming `name`, and returns the patch and the workspace.
async function fixUnused(source: string, name: string): Promise<{ patch: Patch; ws: TempWorkspace }> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = (await flake8(ws.dir, 'mod.py')).find((f) => f.message === `'${name}' imported but unused`);
  if (!failure) throw new Error(`flake8 did not report ${name}`);
  const result = await pyUnusedImportFixer().fix(failure, ws.reader);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  await ws.write('mod.py', result.patch.edits[0].after);
  return { patch: result.patch, ws };
}

describe('pyUnusedImportFixer', () => {
  it('removes a whole single-name import statement', async () => {
    const source = 'import os\nimport sys\n\nprint(sys.argv)\n';

    const { patch, ws } = await fixUnused(source, 'os');

    expect(patch.edits[0]).toEqual({ file: 'mod.py', before: source, after: 'import sys\n\nprint(sys.argv)\n' });
    expect(patch.description).toBe('remove the import statement');
    expect(await flake8(ws.dir, 'mod.py')).toEqual([]);
  });

  it('removes only the unused name of a from-import', async () => {
    const source = 'from typing import List, Dict\n\nx: Dict[str, int] = {}\n';

    const { patch, ws } = await fixUnused(source, 'typing.List');

    expect(patch.edits[0].after).toBe('from typing import Dict\n\nx: Dict[str, int] = {}\n');
    expect(patch.description).toBe("remove the unused import 'List'");
    expect(await flake8(ws.dir, 'mod.py')).toEqual([]);
  });

  it('removes the last name of a multi-name import', async () => {
    const source = 'import os, sys\nprint(os.sep)\n';

    const { patch } = await fixUnused(source, 'sys');

    expect(patch.edits[0].after).toBe('import os\nprint(os.sep)\n');
    expect(patch.description).toBe("remove the unused import 'sys'");
  });

  it('removes the line of one name in a parenthesised multi-line import', async () => {
    const source = 'from collections import (\n    OrderedDict,\n    defaultdict,\n)\n\nd = defaultdict(list)\n';

    const { patch, ws } = await fixUnused(source, 'collections.OrderedDict');

    expect(patch.edits[0].after).toBe('from collections import (\n    defaultdict,\n)\n\nd = defaultdict(list)\n');
    expect(patch.description).toBe("remove the unused import 'OrderedDict'");
    expect(await flake8(ws.dir, 'mod.py')).toEqual([]);
  });

  it('removes an aliased name and keeps its neighbour', async () => {
    const source = 'from json import loads as ld, dumps\nprint(dumps(1))\n';

    const { patch, ws } = await fixUnused(source, 'json.loads as ld');

    expect(patch.edits[0].after).toBe('from json import dumps\nprint(dumps(1))\n');
    expect(patch.description).toBe("remove the unused import 'ld'");
    expect(await flake8(ws.dir, 'mod.py')).toEqual([]);
  });

  it('removes an aliased dotted import statement', async () => {
    const source = 'import os.path as osp\nimport sys\nprint(sys)\n';

    const { patch } = await fixUnused(source, 'os.path as osp');

    expect(patch.edits[0].after).toBe('import sys\nprint(sys)\n');
    expect(patch.description).toBe('remove the import statement');
  });

  it('matches relative imports by the name flake8 prints', async () => {
    const source = 'from .mod import thing, other\nprint(other)\n';

    const { patch } = await fixUnused(source, '.mod.thing');

    expect(patch.edits[0].after).toBe('from .mod import other\nprint(other)\n');
    expect(patch.description).toBe("remove the unused import 'thing'");
  });

  it('keeps the other statement of a line joined by a semicolon', async () => {
    const source = 'import os; import sys\nprint(sys)\n';

    const { patch } = await fixUnused(source, 'os');

    expect(patch.edits[0].after).toBe('import sys\nprint(sys)\n');
  });

  it('keeps CRLF line endings', async () => {
    const source = 'import os\r\nimport sys\r\nprint(sys.argv)\r\n';

    const { patch } = await fixUnused(source, 'os');

    expect(patch.edits[0].after).toBe('import sys\r\nprint(sys.argv)\r\n');
  });

  it('puts pass in a block whose only statement was the import', async () => {
    const source = 'if True:\n    import os\nprint(1)\n';

    const { patch, ws } = await fixUnused(source, 'os');

    expect(patch.edits[0].after).toBe('if True:\n    pass\nprint(1)\n');
    expect(patch.description).toBe('replace the unused import with pass');
    expect(await flake8(ws.dir, 'mod.py')).toEqual([]);
  });

  it('declines when the line holds no import of that name', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'import sys\nx = 1\n' });
    workspaces.push(ws);
    const failure = { file: 'mod.py', line: 2, message: "'os' imported but unused", code: 'F401', tool: 'flake8' as const, bugType: 'LINTING' as const, check: 'c' };

    const result = await pyUnusedImportFixer().fix(failure, ws.reader);

    expect(result.kind).toBe('decline');
  });
});
