import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { pyIndentStyleFixer } from '../../../../src/heal/fix/rule-first/py-indent-style.ts';
import type { Failure, FixResult } from '../../../../src/heal/types.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// flake8's indentation findings (E1, W1) for the file, as Failures.
async function flake8Indent(dir: string, file: string): Promise<Failure[]> {
  const { stdout } = await execa('flake8', ['--select', 'E1,W1,E9', file], { cwd: dir, reject: false });
  return [...stdout.matchAll(/^(.+?):(\d+):(\d+): (\w+) (.*)$/gm)].map((m) => ({
    file: m[1], line: Number(m[2]), column: Number(m[3]), code: m[4], message: m[5], bugType: 'INDENTATION', tool: 'flake8', check: 'test:flake8',
  }));
}

async function fixFinding(source: string, code: string): Promise<{ result: FixResult; ws: TempWorkspace; before: Failure[] }> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const before = await flake8Indent(ws.dir, 'mod.py');
  const failure = before.find((f) => f.code === code);
  if (!failure) throw new Error(`flake8 reports no ${code}: ${JSON.stringify(before)}`);
  const result = await pyIndentStyleFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write('mod.py', result.patch.edits[0].after);
  return { result, ws, before };
}

async function expectFixed(source: string, code: string, after: string, description: string): Promise<void> {
  const { result, ws } = await fixFinding(source, code);

  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect((await flake8Indent(ws.dir, 'mod.py')).filter((f) => f.code === code)).toEqual([]);
}

describe('pyIndentStyleFixer: tabs', () => {
  it('W191: rewrites a tab-indented file in four spaces', async () => {
    const source = 'def f(a):\n\tif a:\n\t\treturn 1\n\treturn 2\n';
    const { before } = await fixFinding(source, 'W191');

    expect(before.map((f) => `${f.line} ${f.code} ${f.message}`)).toEqual(['2 W191 indentation contains tabs', '3 W191 indentation contains tabs', '4 W191 indentation contains tabs']);
    await expectFixed(source, 'W191', 'def f(a):\n    if a:\n        return 1\n    return 2\n', 'replace tabs with spaces in the indentation');
  });

  it('E101: rewrites only the tab lines of a space-indented file, in its own unit, comments and continuations too', () =>
    expectFixed(
      'if True:\n  x = 1\n\n\ndef f(a):\n\t# why\n\tif a:\n\t\treturn (1,\n\t\t        2)\n\treturn 2\n',
      'E101',
      'if True:\n  x = 1\n\n\ndef f(a):\n  # why\n  if a:\n    return (1,\n            2)\n  return 2\n',
      'replace tabs with spaces in the indentation',
    ));

  it('E101: rewrites the space lines of a tab-indented file in tabs', () =>
    expectFixed(
      'def f(a):\n\tif a:\n\t\treturn 1\n\treturn 2\n\n\ndef g(b):\n        return b\n',
      'E101',
      'def f(a):\n\tif a:\n\t\treturn 1\n\treturn 2\n\n\ndef g(b):\n\treturn b\n',
      'replace spaces with tabs in the indentation',
    ));
});

describe('pyIndentStyleFixer: widths', () => {
  it('E111: re-indents a two-space block in steps of four, nested blocks included', () =>
    expectFixed(
      'X = 1\n\n\ndef f(a):\n  if a:\n    return 1\n  return 2\n',
      'E111',
      'X = 1\n\n\ndef f(a):\n    if a:\n        return 1\n    return 2\n',
      'indent by a multiple of 4 spaces',
    ));

  it('E117: brings an over-indented body back to one level', () =>
    expectFixed(
      'def f(a):\n        if a:\n            return 1\n        return 2\n\n\ndef g():\n    return 3\n',
      'E117',
      'def f(a):\n    if a:\n        return 1\n    return 2\n\n\ndef g():\n    return 3\n',
      'reduce the over-indented block to one level',
    ));
});

describe('pyIndentStyleFixer: declines', () => {
  it('declines a tab inside a multi-line string: it is the string\'s value', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'X = """\n\tvalue\n"""\n' });
    workspaces.push(ws);
    const failure = (await flake8Indent(ws.dir, 'mod.py')).find((f) => f.code === 'W191');

    const result = await pyIndentStyleFixer().fix(failure!, ws.reader);

    expect(failure?.line).toBe(2);
    expect(result.kind).toBe('decline');
  });

  it('declines the compile errors, which are the other fixer\'s', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'x = 1\n  y = 2\n' });
    workspaces.push(ws);
    const failure = (await flake8Indent(ws.dir, 'mod.py'))[0];

    const result = await pyIndentStyleFixer().fix(failure, ws.reader);

    expect(failure.code).toBe('E999');
    expect(result.kind).toBe('decline');
  });
});
