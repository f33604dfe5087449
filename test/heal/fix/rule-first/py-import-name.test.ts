import { afterEach, describe, expect, it } from 'vitest';
import { pyImportNameFixer } from '../../../../src/heal/fix/rule-first/py-import-name.ts';
import type { Failure } from '../../../../src/heal/types.ts';
import { applyFix, failuresOf, importFailures, mypyFailures, only, pyRepo, type PyRepo } from './py-import-support.ts';

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
  'src/shop/pricing.py': 'def total(items):\n    return sum(items)\n',
};

describe('pyImportNameFixer', () => {
  it('imports the name from the one module that defines it', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop.utils import total\n\nSUM = total([1, 2])\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(failure.message).toBe("cannot import name 'total' from 'shop.utils' (" + r.dir + '/src/shop/utils.py)');
    expect(patch.edits).toEqual([{ file: 'src/shop/report.py', before: 'from shop.utils import total\n\nSUM = total([1, 2])\n', after: 'from shop.pricing import total\n\nSUM = total([1, 2])\n' }]);
    expect(patch.description).toBe("import 'total' from 'shop.pricing'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('moves one name of several to its own import line', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from .utils import fmt, total\n\nSUM = fmt(total([1, 2]))\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(patch.edits[0].after).toBe('from .utils import fmt\nfrom .pricing import total\n\nSUM = fmt(total([1, 2]))\n');
    expect(patch.description).toBe("import 'total' from '.pricing'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('imports from the submodule when the package does not export the name', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop import fmt\n\nLINE = fmt(1)\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(failure.message).toMatch(/^cannot import name 'fmt' from 'shop' /);
    expect(patch.edits[0].after).toBe('from shop.utils import fmt\n\nLINE = fmt(1)\n');
    expect(patch.description).toBe("import 'fmt' from 'shop.utils'");
    expect(await importFailures(r, 'shop.report')).toEqual([]);
  });

  it('corrects a misspelt name reported by mypy', async () => {
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop.utils import fmtt\n\nLINE = fmtt(1)\n' });
    const failure = only(await mypyFailures(r, 'src/shop/report.py'));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(failure.message).toBe('Module "shop.utils" has no attribute "fmtt"; maybe "fmt"?');
    expect(patch.edits[0].after).toBe('from shop.utils import fmt\n\nLINE = fmt(1)\n');
    expect(patch.description).toBe("correct the imported name to 'fmt'");
    expect(await mypyFailures(r, 'src/shop/report.py')).toEqual([]);
  });

  it('imports a standard-library name from the submodule that has it', async () => {
    const r = await repo({ ...SHOP, 'src/shop/kinds.py': 'from collections import Mapping\n\nKIND = Mapping\n' });
    const failure = only(await importFailures(r, 'shop.kinds'));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(patch.edits[0].after).toBe('from collections.abc import Mapping\n\nKIND = Mapping\n');
    expect(patch.description).toBe("import 'Mapping' from 'collections.abc'");
    expect(await importFailures(r, 'shop.kinds')).toEqual([]);
  });

  it('makes the package export a name a test imports from it', async () => {
    const r = await repo({ ...SHOP, 'tests/test_fmt.py': 'from shop import fmt\n\n\ndef test_fmt():\n    assert fmt(1) == "1"\n' });
    const failure = only(await failuresOf(r, ['python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests']));

    const patch = await applyFix(pyImportNameFixer(), failure, r);

    expect(failure.file).toBe('tests/test_fmt.py');
    expect(patch.edits).toEqual([{ file: 'src/shop/__init__.py', before: '', after: 'from .utils import fmt\n' }]);
    expect(patch.description).toBe("add the missing export 'from .utils import fmt' to src/shop/__init__.py");
    expect(await failuresOf(r, ['python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'tests'])).toEqual([]);
  });

  it('declines a name two modules define', async () => {
    const r = await repo({ ...SHOP, 'src/shop/money.py': 'def total(items):\n    return 0\n', 'src/shop/report.py': 'from shop.utils import total\n' });
    const failure = only(await importFailures(r, 'shop.report'));

    const result = await pyImportNameFixer().fix(failure, r.reader);

    expect(result).toEqual({ kind: 'decline', reason: "'shop.utils' has no name close to 'total' and no single other module defines it" });
  });

  it('declines a circular import', async () => {
    const failure: Failure = {
      file: 'src/shop/report.py',
      line: 1,
      bugType: 'IMPORT',
      code: 'ImportError',
      tool: 'python',
      check: 'test',
      message: "cannot import name 'fmt' from partially initialized module 'shop.utils' (most likely due to a circular import) (/r/src/shop/utils.py)",
    };
    const r = await repo({ ...SHOP, 'src/shop/report.py': 'from shop.utils import fmt\n' });

    const result = await pyImportNameFixer().fix(failure, r.reader);

    expect(result.kind).toBe('decline');
  });
});
