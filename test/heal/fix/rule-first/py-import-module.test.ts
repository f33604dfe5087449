import { afterEach, describe, expect, it } from 'vitest';
import { pyImportModuleFixer } from '../../../../src/heal/fix/rule-first/py-import-module.ts';
import { applyFix, importFailures, mypyFailures, only, pyRepo, type PyRepo } from './py-import-support.ts';

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
  'src/shop/utils.py': 'def fmt(x):\n    return str(x)\n',
};

describe('pyImportModuleFixer', () => {
  it('corrects a misspelt standard-library module', async () => {
    const r = await repo({ ...SHOP, 'src/shop/dump.py': 'import jsno\n\n\ndef dump(x):\n    return json.dumps(x)\n' });
    const failure = only(await importFailures(r, 'shop.dump'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'jsno'");
    expect(patch.edits).toEqual([{ file: 'src/shop/dump.py', before: 'import jsno\n\n\ndef dump(x):\n    return json.dumps(x)\n', after: 'import json\n\n\ndef dump(x):\n    return json.dumps(x)\n' }]);
    expect(patch.description).toBe("correct the module name to 'json'");
    expect(await importFailures(r, 'shop.dump')).toEqual([]);
  });

  it('renames the uses too when the code spells the module the same wrong way', async () => {
    const r = await repo({ ...SHOP, 'src/shop/dump.py': 'import jsno\n\nTEXT = jsno.dumps([1])\n' });
    const failure = only(await importFailures(r, 'shop.dump'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(patch.edits[0].after).toBe('import json\n\nTEXT = json.dumps([1])\n');
    expect(await importFailures(r, 'shop.dump')).toEqual([]);
  });

  it('corrects a misspelt repository module in a src layout', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop.util import fmt\n\nLINE = fmt(3)\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'shop.util'");
    expect(patch.edits[0].after).toBe('from shop.utils import fmt\n\nLINE = fmt(3)\n');
    expect(patch.description).toBe("correct the module name to 'shop.utils'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('takes the one module of the package that defines every imported name when the name is further off than a typo', async () => {
    const r = await repo({
      ...SHOP,
      'src/shop/formatting.py': 'def money(cents):\n    return f"${cents / 100:.2f}"\n',
      'src/shop/prices.py': 'from shop.utils import fmt\n\n\ndef price(x):\n    return fmt(x)\n',
      'src/shop/report.py': 'from shop.format import money\n\nLINE = money(250)\n',
    });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'shop.format'");
    expect(patch.edits[0].after).toBe('from shop.formatting import money\n\nLINE = money(250)\n');
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('declines when two modules of the package define the imported names', async () => {
    const r = await repo({
      ...SHOP,
      'src/shop/formatting.py': 'def money(cents):\n    return str(cents)\n',
      'src/shop/legacy.py': 'def money(cents):\n    return cents\n',
      'src/shop/report.py': 'from shop.format import money\n',
    });
    const failure = only(await importFailures(r, 'shop.report'));

    const result = await pyImportModuleFixer().fix(failure, r.reader);

    expect(result).toMatchObject({ kind: 'decline', reason: "no single module near 'shop.format' offers what the import needs" });
  });

  it('keeps a relative import relative', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from .utilz import fmt\n\nLINE = fmt(3)\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'shop.utilz'");
    expect(patch.edits[0].after).toBe('from .utils import fmt\n\nLINE = fmt(3)\n');
    expect(patch.description).toBe("correct the module name to '.utils'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('follows the tool when it names the module from the repository root', async () => {
    const r = await repo({ ...SHOP, 'src/__init__.py': '', 'src/shop/report.py': 'from .utilz import fmt\n' });
    const failure = only(await importFailures(r, 'src.shop.report', '.'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'src.shop.utilz'");
    expect(patch.edits[0].after).toBe('from .utils import fmt\n');
    expect(await importFailures(r, 'src.shop.report', '.')).toEqual([]);
  });

  it('corrects a wrong relative path to the one module of that name', async () => {
    const r = await repo({
      'src/shop/__init__.py': '',
      'src/shop/api/__init__.py': '',
      'src/shop/api/views.py': 'from .helpers import slug\n\nPAGE = slug("A B")\n',
      'src/shop/core/__init__.py': '',
      'src/shop/core/helpers.py': 'def slug(text):\n    return text.lower().replace(" ", "-")\n',
    });
    const failure = only(await importFailures(r, 'shop.api.views'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe("No module named 'shop.api.helpers'");
    expect(patch.edits[0].after).toBe('from ..core.helpers import slug\n\nPAGE = slug("A B")\n');
    expect(patch.description).toBe("correct the import path to '..core.helpers'");
    expect(await importFailures(r, 'shop.api.views')).toEqual([]);
  });

  it('fixes the module mypy cannot find', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop.utls import fmt\n\nLINE = fmt(3)\n' });
    const failure = only((await mypyFailures(r, 'src/shop/report.py')).filter((f) => f.bugType === 'IMPORT'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(failure.message).toBe('Cannot find implementation or library stub for module named "shop.utls"');
    expect(patch.edits[0].after).toBe('from shop.utils import fmt\n\nLINE = fmt(3)\n');
    expect(await mypyFailures(r, 'src/shop/report.py')).toEqual([]);
  });

  it('picks the close module that offers the imported name', async () => {
    const r = await repo({
      ...SHOP,
      'src/shop/util.py': 'def clamp(x):\n    return x\n',
      'src/shop/report.py': 'from shop.utilx import fmt\n',
    });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportModuleFixer(), failure, r);

    expect(patch.edits[0].after).toBe('from shop.utils import fmt\n');
  });

  it('declines when two modules are equally close', async () => {
    const r = await repo({
      'src/shop/__init__.py': '',
      'src/shop/data1.py': 'ROWS = 1\n',
      'src/shop/data2.py': 'ROWS = 2\n',
      'src/shop/report.py': 'from shop.data3 import ROWS\n',
    });
    const failure = only(await importFailures(r, 'shop.report'));

    const result = await pyImportModuleFixer().fix(failure, r.reader);

    expect(result).toEqual({ kind: 'decline', reason: "no single module near 'shop.data3' offers what the import needs" });
  });

  it('declines a module nothing resembles', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'import zzqxvw\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const result = await pyImportModuleFixer().fix(failure, r.reader);

    expect(result.kind).toBe('decline');
  });
});
