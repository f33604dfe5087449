import { afterEach, describe, expect, it } from 'vitest';
import { pyBareExceptFixer } from '../../../../src/heal/fix/rule-first/py-lint-bare-except.ts';
import { pyComparisonFixer } from '../../../../src/heal/fix/rule-first/py-lint-comparison.ts';
import { pyFstringFixer } from '../../../../src/heal/fix/rule-first/py-lint-fstring.ts';
import { pyRedefinitionFixer } from '../../../../src/heal/fix/rule-first/py-lint-redefinition.ts';
import { pyUnusedVariableFixer } from '../../../../src/heal/fix/rule-first/py-lint-unused-variable.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { answer, codes, fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

describe('pyUnusedVariableFixer (F841)', () => {
  it('removes an assignment whose value has no side effect', async () => {
    const source = 'def total(a, b):\n    unused = a.value\n    return a + b\n';

    const { patch, after, remaining } = await fixFirst(pyUnusedVariableFixer(), source, 'F841', workspaces);

    expect(after).toBe('def total(a, b):\n    return a + b\n');
    expect(patch.description).toBe("remove the unused variable 'unused'");
    expect(remaining).toEqual([]);
  });

  it('keeps a call as a statement', async () => {
    const source = 'def save(db, row):\n    result = db.insert(row)\n    return True\n';

    const { patch, after, remaining } = await fixFirst(pyUnusedVariableFixer(), source, 'F841', workspaces);

    expect(after).toBe('def save(db, row):\n    db.insert(row)\n    return True\n');
    expect(patch.description).toBe("remove the unused variable 'result' and keep the call");
    expect(remaining).toEqual([]);
  });

  it('drops the unused name of an except clause', async () => {
    const source = 'def parse(text):\n    try:\n        return int(text)\n    except ValueError as error:\n        return None\n';

    const { patch, after, remaining } = await fixFirst(pyUnusedVariableFixer(), source, 'F841', workspaces);

    expect(after).toBe('def parse(text):\n    try:\n        return int(text)\n    except ValueError:\n        return None\n');
    expect(patch.description).toBe("remove the unused variable 'error'");
    expect(remaining).toEqual([]);
  });

  it('puts pass in a block whose only statement was the assignment', async () => {
    const source = 'def f(flag):\n    if flag:\n        x = 1\n    return flag\n';

    const { patch, after, remaining } = await fixFirst(pyUnusedVariableFixer(), source, 'F841', workspaces);

    expect(after).toBe('def f(flag):\n    if flag:\n        pass\n    return flag\n');
    expect(patch.description).toBe("replace the unused variable 'x' with pass");
    expect(remaining).toEqual([]);
  });

  it('declines one target of a chained assignment', async () => {
    const result = await answer(pyUnusedVariableFixer(), 'def f():\n    a = b = 1\n    return b\n', 'F841', workspaces);

    expect(result).toEqual({ kind: 'decline', reason: "'a' is one target of a chained assignment" });
  });
});

describe('pyRedefinitionFixer (F811)', () => {
  it('removes the earlier unused import', async () => {
    const source = 'import json\nfrom json import loads as json\n\nprint(json("1"))\n';

    const { patch, after, remaining } = await fixFirst(pyRedefinitionFixer(), source, 'F811', workspaces);

    expect(after).toBe('from json import loads as json\n\nprint(json("1"))\n');
    expect(patch.description).toBe("remove the earlier unused import of 'json' (line 1)");
    expect(remaining).toEqual([]);
  });

  it('declines when the earlier definition is a function', async () => {
    const result = await answer(pyRedefinitionFixer(), 'def f():\n    return 1\n\n\ndef f():\n    return 2\n', 'F811', workspaces);

    expect(result.kind).toBe('decline');
  });
});

describe('pyComparisonFixer (E711, E712)', () => {
  it("compares to None with 'is not' as pycodestyle advises", async () => {
    const source = 'def f(x):\n    return x != None\n';

    const { patch, after, remaining } = await fixFirst(pyComparisonFixer(), source, 'E711', workspaces);

    expect(after).toBe('def f(x):\n    return x is not None\n');
    expect(patch.description).toBe("compare to None with 'is not'");
    expect(remaining).toEqual([]);
  });

  it("compares to True with 'is', spacing a squeezed operator", async () => {
    const source = 'def f(x):\n    if x==True:\n        return 1\n    return 0\n';

    const { patch, after } = await fixFirst(pyComparisonFixer(), source, 'E712', workspaces);

    expect(after).toBe('def f(x):\n    if x is True:\n        return 1\n    return 0\n');
    expect(patch.description).toBe("compare to True with 'is'");
  });

  it('leaves a == None inside a string alone', async () => {
    const source = 'def f(x):\n    print("x == None")\n    return x == None\n';

    const { after, remaining } = await fixFirst(pyComparisonFixer(), source, 'E711', workspaces);

    expect(after).toBe('def f(x):\n    print("x == None")\n    return x is None\n');
    expect(codes(remaining)).toEqual([]);
  });
});

describe('pyBareExceptFixer (E722)', () => {
  it('catches Exception instead of everything', async () => {
    const source = 'try:\n    import yaml\nexcept:\n    yaml = None\n';

    const { patch, after, remaining } = await fixFirst(pyBareExceptFixer(), source, 'E722', workspaces);

    expect(after).toBe('try:\n    import yaml\nexcept Exception:\n    yaml = None\n');
    expect(patch.description).toBe('catch Exception instead of a bare except');
    expect(remaining).toEqual([]);
  });
});

describe('pyFstringFixer (F541)', () => {
  it('drops the f prefix and undoubles braces', async () => {
    const source = 'print(f"{{literal}} braces", f"x={1}")\n';

    const { patch, after, remaining } = await fixFirst(pyFstringFixer(), source, 'F541', workspaces);

    expect(after).toBe('print("{literal} braces", f"x={1}")\n');
    expect(patch.description).toBe('make the f-string without placeholders a plain string');
    expect(remaining).toEqual([]);
  });

  it('keeps a raw prefix', async () => {
    const source = "PATTERN = rf'\\d+'\n";

    const { after, remaining } = await fixFirst(pyFstringFixer(), source, 'F541', workspaces);

    expect(after).toBe("PATTERN = r'\\d+'\n");
    expect(remaining).toEqual([]);
  });
});
