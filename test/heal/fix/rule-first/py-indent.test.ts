import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { pyIndentFixer } from '../../../../src/heal/fix/rule-first/py-indent.ts';
import type { Failure, FixResult } from '../../../../src/heal/types.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// python3 -m py_compile's report of an indentation error ("Sorry: IndentationError: msg (file, line N)"),
// shaped as the traceback parsers shape it: the exception class is the code.
async function compileError(dir: string, file: string): Promise<Failure | null> {
  const { exitCode, stderr } = await execa('python3', ['-m', 'py_compile', file], { cwd: dir, reject: false });
  if (exitCode === 0) return null;
  const m = /(IndentationError|TabError): (.*) \(.*, line (\d+)\)/.exec(stderr);
  if (!m) throw new Error(`unexpected py_compile output: ${stderr}`);
  return { file, line: Number(m[3]), message: m[2], code: m[1], bugType: 'INDENTATION', tool: 'python', check: 'test:python' };
}

// flake8's E999 for the file, as its parser gives it: the message keeps the exception class.
async function flake8E999(dir: string, file: string): Promise<Failure | null> {
  const { stdout } = await execa('flake8', ['--select', 'E999', file], { cwd: dir, reject: false });
  const m = /^.+?:(\d+):(\d+): E999 (.*)$/m.exec(stdout);
  return m ? { file, line: Number(m[1]), column: Number(m[2]), message: m[3], code: 'E999', bugType: 'INDENTATION', tool: 'flake8', check: 'test:flake8' } : null;
}

async function fixWith(source: string, report: typeof compileError): Promise<{ result: FixResult; ws: TempWorkspace; failure: Failure }> {
  const ws = await tempWorkspace({ 'mod.py': source });
  workspaces.push(ws);
  const failure = await report(ws.dir, 'mod.py');
  if (!failure) throw new Error('the source compiles');
  const result = await pyIndentFixer().fix(failure, ws.reader);
  if (result.kind === 'patch') await ws.write('mod.py', result.patch.edits[0].after);
  return { result, ws, failure };
}

async function expectFixed(source: string, after: string, description: string, report = compileError): Promise<void> {
  const { result, ws } = await fixWith(source, report);

  expect(result.kind === 'patch' ? result.patch.edits[0].after : result.reason).toBe(after);
  expect(result.kind === 'patch' && result.patch.description).toBe(description);
  expect(await compileError(ws.dir, 'mod.py')).toBeNull();
}

const MATCH = 'fix the indentation to match the enclosing block';
const BODY = 'indent the block body';
const PASS = 'add pass as the body of the empty block';
const TABS = 'replace tabs with spaces in the indentation';

describe('pyIndentFixer: unexpected indent', () => {
  it('dedents the line to the level of the statement before it', async () => {
    const { failure } = await fixWith('def f():\n    x = 1\n      y = 2\n    return x\n', compileError);

    expect(failure.message).toBe('unexpected indent');
    await expectFixed('def f():\n    x = 1\n      y = 2\n    return x\n', 'def f():\n    x = 1\n    y = 2\n    return x\n', MATCH);
  });

  it('dedents the whole run of over-indented siblings, their blocks included', () =>
    expectFixed(
      'def f(a):\n    x = 1\n        if a:\n            x = 2\n        y = 3\n    return x\n',
      'def f(a):\n    x = 1\n    if a:\n        x = 2\n    y = 3\n    return x\n',
      MATCH,
    ));

  it('dedents an indented first line to the module level', () => expectFixed('  x = 1\ny = 2\n', 'x = 1\ny = 2\n', MATCH));

  it('works from flake8 E999 as well', () =>
    expectFixed('def f():\n    x = 1\n      y = 2\n    return x\n', 'def f():\n    x = 1\n    y = 2\n    return x\n', MATCH, flake8E999));

  it('keeps CRLF line endings', () => expectFixed('x = 1\r\n  y = 2\r\n', 'x = 1\r\ny = 2\r\n', MATCH));
});

describe('pyIndentFixer: unindent does not match any outer level', () => {
  it('moves the line to the nearest level an enclosing block uses', async () => {
    const source = 'def f(a):\n    if a:\n        x = 1\n      y = 2\n    return a\n';
    const { failure } = await fixWith(source, compileError);

    expect(failure.message).toBe('unindent does not match any outer indentation level');
    await expectFixed(source, 'def f(a):\n    if a:\n        x = 1\n    y = 2\n    return a\n', MATCH);
  });

  it('moves a one-column slip back to the level it slipped from', () =>
    expectFixed('def f(a):\n    if a:\n        x = 1\n       y = 2\n    return a\n', 'def f(a):\n    if a:\n        x = 1\n        y = 2\n    return a\n', MATCH));

  it('moves every sibling at the same wrong width', () =>
    expectFixed(
      'def f(a):\n    if a:\n        x = 1\n      y = 2\n      z = 3\n    return a\n',
      'def f(a):\n    if a:\n        x = 1\n    y = 2\n    z = 3\n    return a\n',
      MATCH,
    ));
});

describe('pyIndentFixer: expected an indented block', () => {
  it('indents a body left at the header level, in the file\'s own unit', async () => {
    const source = 'class A:\n  def f(self):\n  return 1\n';
    const { failure } = await fixWith(source, compileError);

    expect(failure.message).toBe('expected an indented block after function definition on line 2');
    await expectFixed(source, 'class A:\n  def f(self):\n    return 1\n', BODY);
  });

  it('indents as many statements as the body needs to compile, and no more', () =>
    expectFixed(
      'def f():\nx = 1\ny = 2\nreturn x + y\n\n\ndef g():\n    pass\n',
      'def f():\n    x = 1\n    y = 2\n    return x + y\n\n\ndef g():\n    pass\n',
      BODY,
    ));

  it('moves a nested block with the statement that opens it', () =>
    expectFixed('def f():\nfor i in range(3):\n    print(i)\n', 'def f():\n    for i in range(3):\n        print(i)\n', BODY));

  it('gives an if with no body at all, before its else, a pass', () =>
    expectFixed('x = 1\nif x:\nelse:\n    x = 2\n', 'x = 1\nif x:\n    pass\nelse:\n    x = 2\n', PASS));

  it('gives a header at the end of the file a pass', () => expectFixed('def f():\n', 'def f():\n    pass\n', PASS));
});

describe('pyIndentFixer: TabError', () => {
  it('rewrites the tab of the one line that mixes, at the level Python reads', async () => {
    const source = 'def f(a):\n    if a:\n\treturn 1\n    return 2\n';
    const { failure } = await fixWith(source, compileError);

    expect([failure.code, failure.message]).toEqual(['TabError', 'inconsistent use of tabs and spaces in indentation']);
    await expectFixed(source, 'def f(a):\n    if a:\n        return 1\n    return 2\n', TABS);
  });

  it('rewrites the tab-indented lines of the block, leaving the inside of a string alone', () =>
    expectFixed(
      'def f():\n    s = """\n\tkeep\n"""\n\tif s:\n\t\treturn 1\n    return 2\n',
      'def f():\n    s = """\n\tkeep\n"""\n    if s:\n        return 1\n    return 2\n',
      TABS,
    ));

  it('works from flake8 E999 as well', () =>
    expectFixed('def f(a):\n    if a:\n\treturn 1\n    return 2\n', 'def f(a):\n    if a:\n        return 1\n    return 2\n', TABS, flake8E999));
});

describe('pyIndentFixer: declines', () => {
  it('declines a syntax error that is not about indentation', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'x = = 1\n' });
    workspaces.push(ws);
    const failure: Failure = { file: 'mod.py', line: 1, message: 'invalid syntax', code: 'SyntaxError', bugType: 'INDENTATION', tool: 'python', check: 'x' };

    const result = await pyIndentFixer().fix(failure, ws.reader);

    expect(result.kind).toBe('decline');
  });

  it('declines flake8 style codes, which are the style fixer\'s', async () => {
    const ws = await tempWorkspace({ 'mod.py': 'def f():\n\treturn 1\n' });
    workspaces.push(ws);
    const failure: Failure = { file: 'mod.py', line: 2, message: 'indentation contains tabs', code: 'W191', bugType: 'INDENTATION', tool: 'flake8', check: 'x' };

    const result = await pyIndentFixer().fix(failure, ws.reader);

    expect(result.kind).toBe('decline');
  });

  it('declines when no move compiles', async () => {
    const { result } = await fixWith('def f():\n    x = 1\n      y = = 2\n', compileError);

    expect(result.kind).toBe('decline');
  });
});
