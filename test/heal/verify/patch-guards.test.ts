import { describe, expect, it } from 'vitest';
import type { FileEdit, Patch } from '../../../src/heal/types.ts';
import { rejectPatch, removedDefinitions } from '../../../src/heal/verify/patch-guards.ts';

function patchOf(...edits: FileEdit[]): Patch {
  return { edits, description: 'fix it', confidence: 0.9, reason: 'test' };
}

describe('rejectPatch', () => {
  it('accepts a plain fix', () => {
    const patch = patchOf({ file: 'src/calc.py', before: 'import os\ndef add(a, b):\n    return a - b\n', after: 'def add(a, b):\n    return a + b\n' });

    const reason = rejectPatch(patch);

    expect(reason).toBeNull();
  });

  it.each(['tests/test_x.py', 'src/foo.test.ts', '.github/workflows/ci.yml', 'package-lock.json'])('refuses a patch touching %s', (file) => {
    const patch = patchOf({ file, before: 'a\n', after: 'b\n' });

    const reason = rejectPatch(patch);

    expect(reason).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')} is .*RIFT never edits it`));
  });

  it('refuses when any edit of several is protected', () => {
    const patch = patchOf({ file: 'src/a.py', before: 'x = 1\n', after: 'x = 2\n' }, { file: 'tests/test_a.py', before: 'a\n', after: 'b\n' });

    const reason = rejectPatch(patch);

    expect(reason).toMatch(/tests\/test_a\.py is a test directory/);
  });

  it.each([
    ['src/a.py', 'import os\n', 'import os  # noqa\n'],
    ['src/a.py', 'x: int = "a"\n', 'x: int = "a"  # type: ignore\n'],
    ['src/a.ts', 'const x: number = "a";\n', '// @ts-ignore\nconst x: number = "a";\n'],
    ['src/a.ts', 'const x: number = "a";\n', '// @ts-expect-error\nconst x: number = "a";\n'],
    ['src/a.js', 'var unused = 1;\n', '/* eslint-disable */\nvar unused = 1;\n'],
    ['src/a.js', 'var unused = 1;\n', 'var unused = 1; // eslint-disable-line no-unused-vars\n'],
  ])('refuses a silencer added to %s', (file, before, after) => {
    const patch = patchOf({ file, before, after });

    const reason = rejectPatch(patch);

    expect(reason).toBe(`the patch silences the tool in ${file} instead of fixing the code`);
  });

  it('allows a patch that keeps an existing silencer and fixes other code', () => {
    const patch = patchOf({ file: 'src/a.py', before: 'import os  # noqa\nx = 1 +\n', after: 'import os  # noqa\nx = 1\n' });

    const reason = rejectPatch(patch);

    expect(reason).toBeNull();
  });

  it.each([
    ['src/a.py', 'def helper():\n    return 1\n\ndef main():\n    return 2\n', 'def main():\n    return 2\n', 'helper'],
    ['src/a.py', 'class Widget:\n    pass\nx = 1\n', 'x = 1\n', 'Widget'],
    ['src/a.py', 'async def fetch():\n    pass\n', 'pass\n', 'fetch'],
    ['src/a.ts', 'export function add(a, b) {\n  return a - b;\n}\n', 'export const x = 1;\n', 'add'],
  ])('refuses deleting a definition from %s', (file, before, after, name) => {
    const patch = patchOf({ file, before, after });

    const reason = rejectPatch(patch);

    expect(reason).toBe(`the patch deletes ${name} from ${file}`);
  });

  it('refuses an empty patch', () => {
    const reason = rejectPatch(patchOf());

    expect(reason).toBe('the patch changes nothing');
  });

  it('refuses an edit that leaves its file unchanged', () => {
    const patch = patchOf({ file: 'src/a.py', before: 'x = 1\n', after: 'x = 1\n' });

    const reason = rejectPatch(patch);

    expect(reason).toBe('the patch leaves src/a.py unchanged');
  });
});

describe('removedDefinitions', () => {
  it('lists only the names that disappear', () => {
    const before = 'def a():\n    pass\nclass B:\n    pass\nfunction c() {}\n';
    const after = 'def a():\n    pass\n';

    const removed = removedDefinitions(before, after);

    expect(removed).toEqual(['B', 'c']);
  });

  it('is empty when a definition is only edited', () => {
    const removed = removedDefinitions('def a(x):\n    return x\n', 'def a(x):\n    return x + 1\n');

    expect(removed).toEqual([]);
  });
});
