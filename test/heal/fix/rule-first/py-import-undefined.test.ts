import { afterEach, describe, expect, it } from 'vitest';
import { pyImportUndefinedFixer } from '../../../../src/heal/fix/rule-first/py-import-undefined.ts';
import { applyFix, flake8Failures, importFailures, mypyFailures, only, pyRepo, runFailures, type PyRepo } from './py-import-support.ts';

const repos: PyRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.remove()));
});

async function repo(files: Record<string, string>): Promise<PyRepo> {
  const created = await pyRepo(files);
  repos.push(created);
  return created;
}

const SHOP = {
  'src/shop/__init__.py': '',
  'src/shop/utils.py': 'def fmt(x):\n    return str(x)\n\n\ndef clamp(x):\n    return max(0, x)\n',
};

describe('pyImportUndefinedFixer', () => {
  it('adds the standard-library import a NameError asks for below the other imports', async () => {
    const source = 'import os\n\n\ndef table():\n    return OrderedDict(sep=os.sep)\n\n\ntable()\n';
    const r = await repo({ 'app.py': source });
    const failure = only(await runFailures(r, 'app.py'));

    const patch = await applyFix(pyImportUndefinedFixer(), failure, r);

    expect(failure).toMatchObject({ code: 'NameError', bugType: 'IMPORT', message: "name 'OrderedDict' is not defined", line: 5 });
    expect(patch.edits).toEqual([{ file: 'app.py', before: source, after: 'import os\nfrom collections import OrderedDict\n\n\ndef table():\n    return OrderedDict(sep=os.sep)\n\n\ntable()\n' }]);
    expect(patch.description).toBe("add the missing import 'from collections import OrderedDict'");
    expect(await runFailures(r, 'app.py')).toEqual([]);
  });

  it('adds `import json` at the top of a file without imports, keeping flake8 clean', async () => {
    const source = 'def dump(x):\n    return json.dumps(x)\n';
    const r = await repo({ 'app.py': source });
    const failure = only(await flake8Failures(r, 'app.py'));

    const patch = await applyFix(pyImportUndefinedFixer(), failure, r);

    expect(failure).toMatchObject({ code: 'F821', bugType: 'LINTING', message: "undefined name 'json'" });
    expect(patch.edits[0].after).toBe('import json\n\n\ndef dump(x):\n    return json.dumps(x)\n');
    expect(patch.description).toBe("add the missing import 'import json'");
    expect(await flake8Failures(r, 'app.py')).toEqual([]);
  });

  it('adds the name to the import of the one repository module that defines it', async () => {
    const source = 'from shop.utils import clamp\n\nLINE = fmt(clamp(-1))\n';
    const r = await repo({ ...SHOP, 'src/shop/report.py': source });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportUndefinedFixer(), failure, r);

    expect(patch.edits[0].after).toBe('from shop.utils import clamp, fmt\n\nLINE = fmt(clamp(-1))\n');
    expect(patch.description).toBe("add the missing import 'from shop.utils import fmt'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('adds a repository import for mypy name-defined', async () => {
    const source = '"""Reports."""\n\n\ndef line(x: int) -> str:\n    return fmt(x)\n';
    const r = await repo({ ...SHOP, 'src/shop/report.py': source });
    const failure = only(await mypyFailures(r, 'src/shop/report.py'));

    const patch = await applyFix(pyImportUndefinedFixer(), failure, r);

    expect(failure).toMatchObject({ code: 'name-defined', message: 'Name "fmt" is not defined' });
    expect(patch.edits[0].after).toBe('"""Reports."""\nfrom shop.utils import fmt\n\n\ndef line(x: int) -> str:\n    return fmt(x)\n');
    expect(await mypyFailures(r, 'src/shop/report.py')).toEqual([]);
  });

  it('moves an import used before it is defined above its use', async () => {
    const source = 'import os\n\nHOME = Path(os.sep)\n\nfrom pathlib import Path\n';
    const r = await repo({ 'app.py': source });
    const failure = only(await runFailures(r, 'app.py'));

    const patch = await applyFix(pyImportUndefinedFixer(), failure, r);

    expect(patch.edits[0].after).toBe('import os\nfrom pathlib import Path\n\nHOME = Path(os.sep)\n');
    expect(patch.description).toBe("move the import of 'Path' above its first use");
    expect(await runFailures(r, 'app.py')).toEqual([]);
  });

  it('declines a name two repository modules define', async () => {
    const r = await repo({ ...SHOP, 'src/shop/text.py': 'def fmt(x):\n    return x\n', 'src/shop/report.py': 'LINE = fmt(1)\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const result = await pyImportUndefinedFixer().fix(failure, r.reader);

    expect(result).toEqual({ kind: 'decline', reason: "'fmt' is defined in 2 modules (src/shop/utils.py, src/shop/text.py): which one is meant is not clear" });
  });

  it('declines a name nothing defines', async () => {
    const r = await repo({ 'app.py': 'print(qzxv_total)\n' });
    const failure = only(await runFailures(r, 'app.py'));

    const result = await pyImportUndefinedFixer().fix(failure, r.reader);

    expect(result).toEqual({ kind: 'decline', reason: "no module of the repository or the standard library defines 'qzxv_total'" });
  });

  it('declines a name the file defines itself', async () => {
    const r = await repo({ 'app.py': 'print(later())\n\n\ndef later():\n    return 1\n' });
    const failure = only(await runFailures(r, 'app.py'));

    const result = await pyImportUndefinedFixer().fix(failure, r.reader);

    expect(result).toEqual({ kind: 'decline', reason: "app.py defines 'later' itself: not an import problem" });
  });
});
