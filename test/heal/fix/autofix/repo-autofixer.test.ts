import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterEach, describe, expect, it } from 'vitest';
import { repoAutofixer } from '../../../../src/heal/fix/autofix/repo-autofixer.ts';
import type { AutofixRun, AutofixRunner } from '../../../../src/heal/fix/autofix/runner.ts';
import type { Failure } from '../../../../src/heal/types.ts';
import { flake8All } from '../rule-first/py-lint-flake8.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(files: Record<string, string>): Promise<TempWorkspace> {
  const ws = await tempWorkspace({});
  workspaces.push(ws);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(ws.dir, file, '..'), { recursive: true });
    await ws.write(file, text);
  }
  ws.reader.listFiles = async () => Object.keys(files);
  return ws;
}

// Runs the command as the sandbox would, minus the sandbox: for tests on trusted files only.
function localRunner(root: string): AutofixRunner {
  return async (command, cwd) => {
    const result = await execa('sh', ['-c', command], { cwd: join(root, cwd), reject: false, stripFinalNewline: false });
    return { exitCode: result.exitCode ?? null, output: result.stdout };
  };
}

// A runner that answers every command with `answer` and records what it was asked.
function fakeRunner(answer: AutofixRun): { run: AutofixRunner; calls: { command: string; cwd: string }[] } {
  const calls: { command: string; cwd: string }[] = [];
  return { calls, run: async (command, cwd) => (calls.push({ command, cwd }), answer) };
}

async function firstFlake8(ws: TempWorkspace, file: string, code: string): Promise<Failure> {
  const failure = (await flake8All(ws.dir, file)).find((f) => f.code === code);
  if (!failure) throw new Error(`flake8 did not report ${code}`);
  return failure;
}

describe('repoAutofixer with the real tools', () => {
  it('proposes black\'s output when pyproject.toml configures black', async () => {
    const source = 'x=1\nprint( x )\n';
    const ws = await workspace({ 'pyproject.toml': '[tool.black]\nline-length = 100\n', 'pkg/mod.py': source });
    const failure = await firstFlake8(ws, 'pkg/mod.py', 'E225');

    const result = await repoAutofixer(localRunner(ws.dir)).fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits).toEqual([{ file: 'pkg/mod.py', before: source, after: 'x = 1\nprint(x)\n' }]);
    expect(result.patch.description).toBe("apply the repository's autofixer (black)");
    expect(await readFile(join(ws.dir, 'pkg/mod.py'), 'utf8')).toBe(source);
    await ws.write('pkg/mod.py', result.patch.edits[0].after);
    expect(await flake8All(ws.dir, 'pkg/mod.py')).toEqual([]);
  });

  it('proposes autopep8\'s output when pyproject.toml configures autopep8', async () => {
    const source = 'import os\ndef f():   \n    return os.sep\n';
    const ws = await workspace({ 'pyproject.toml': '[tool.autopep8]\nmax_line_length = 100\n', 'mod.py': source });
    const failure = await firstFlake8(ws, 'mod.py', 'W291');

    const result = await repoAutofixer(localRunner(ws.dir)).fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe('import os\n\n\ndef f():\n    return os.sep\n');
    expect(result.patch.description).toBe("apply the repository's autofixer (autopep8)");
  });

  it('proposes isort\'s output for several imports on one line', async () => {
    const ws = await workspace({ '.isort.cfg': '[settings]\nprofile = black\n', 'mod.py': 'import sys, os\nprint(os, sys)\n' });
    const failure = await firstFlake8(ws, 'mod.py', 'E401');

    const result = await repoAutofixer(localRunner(ws.dir)).fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe('import os\nimport sys\n\nprint(os, sys)\n');
    expect(result.patch.description).toBe("apply the repository's autofixer (isort)");
  });

  it('declines when black cannot parse the file', async () => {
    const ws = await workspace({ 'pyproject.toml': '[tool.black]\n', 'mod.py': 'def f(:\n  x=1\n' });
    const failure: Failure = { file: 'mod.py', line: 2, column: 4, code: 'E225', message: 'missing whitespace around operator', tool: 'flake8', bugType: 'LINTING', check: 'lint' };

    const result = await repoAutofixer(localRunner(ws.dir)).fix(failure, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'black: it exited with 123' });
  });
});

describe('repoAutofixer decisions', () => {
  const e225: Failure = { file: 'mod.py', line: 1, column: 2, code: 'E225', message: 'missing whitespace around operator', tool: 'flake8', bugType: 'LINTING', check: 'lint' };

  it('declines when the repository configures no autofixer', async () => {
    const ws = await workspace({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n', 'mod.py': 'x=1\n' });
    const { run, calls } = fakeRunner({ exitCode: 0, output: 'x = 1\n' });

    const result = await repoAutofixer(run).fix(e225, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'no configured autofixer fixes E225' });
    expect(calls).toEqual([]);
  });

  it('declines pyflakes findings, which no formatter fixes', async () => {
    const ws = await workspace({ 'pyproject.toml': '[tool.black]\n', 'mod.py': 'import os\n' });
    const { run } = fakeRunner({ exitCode: 0, output: '' });

    const result = await repoAutofixer(run).fix({ ...e225, code: 'F401', message: "'os' imported but unused" }, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'no configured autofixer fixes F401' });
  });

  it('declines when the tool is not installed in the sandbox', async () => {
    const ws = await workspace({ '.pre-commit-config.yaml': 'repos:\n  - repo: local\n    hooks:\n      - id: black\n', 'mod.py': 'x=1\n' });
    const { run, calls } = fakeRunner({ exitCode: 127, output: '' });

    const result = await repoAutofixer(run).fix(e225, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'black: not installed' });
    expect(calls).toEqual([{ command: "command -v black >/dev/null 2>&1 || exit 127; black -q --stdin-filename 'mod.py' - < 'mod.py' 2>/dev/null", cwd: '.' }]);
  });

  it('runs prettier from the package that configures it, with the bin found up the tree', async () => {
    const ws = await workspace({
      'package.json': JSON.stringify({ devDependencies: { prettier: '^3.0.0' } }),
      'packages/web/package.json': JSON.stringify({ name: 'web' }),
      'packages/web/.prettierrc': '{ "semi": true }\n',
      'packages/web/src/a.js': 'export const a = 1\n',
    });
    const { run, calls } = fakeRunner({ exitCode: 0, output: 'export const a = 1;\n' });
    const failure: Failure = { file: 'packages/web/src/a.js', line: 1, column: 19, code: 'semi', message: 'Missing semicolon', tool: 'eslint', bugType: 'LINTING', check: 'lint' };

    const result = await repoAutofixer(run).fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe('export const a = 1;\n');
    expect(result.patch.description).toBe("apply the repository's autofixer (prettier)");
    expect(calls).toEqual([
      {
        command: `for b in '../../node_modules/.bin/prettier'; do if [ -x "$b" ]; then exec "$b" --stdin-filepath 'src/a.js' < 'src/a.js' 2>/dev/null; fi; done; exit 127`,
        cwd: 'packages/web',
      },
    ]);
  });

  it('declines prettier configured without the package installed as a dependency', async () => {
    const ws = await workspace({ '.prettierrc': '{}\n', 'a.js': 'export const a = 1\n' });
    const { run, calls } = fakeRunner({ exitCode: 0, output: 'export const a = 1;\n' });
    const failure: Failure = { file: 'a.js', line: 1, column: 19, code: 'semi', message: 'Missing semicolon', tool: 'eslint', bugType: 'LINTING', check: 'lint' };

    const result = await repoAutofixer(run).fix(failure, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: 'no configured autofixer fixes semi' });
    expect(calls).toEqual([]);
  });

  describe('eslint --fix-dry-run', () => {
    const files = { 'package.json': JSON.stringify({ devDependencies: { eslint: '^9.0.0' } }), 'eslint.config.js': 'export default [];\n', 'a.js': 'let a = 1;\nexport { a };\n' };
    const preferConst: Failure = { file: 'a.js', line: 1, column: 5, code: 'prefer-const', message: "'a' is never reassigned. Use 'const' instead", tool: 'eslint', bugType: 'LINTING', check: 'lint' };

    it('proposes the fixed text of its JSON report', async () => {
      const ws = await workspace(files);
      const { run } = fakeRunner({ exitCode: 0, output: JSON.stringify([{ filePath: '/r/a.js', messages: [], output: 'const a = 1;\nexport { a };\n' }]) });

      const result = await repoAutofixer(run).fix(preferConst, ws.reader);

      if (result.kind !== 'patch') throw new Error(result.reason);
      expect(result.patch.edits[0].after).toBe('const a = 1;\nexport { a };\n');
      expect(result.patch.description).toBe("apply the repository's autofixer (eslint)");
    });

    it('declines when the finding is still in the report', async () => {
      const ws = await workspace(files);
      const report = [{ filePath: '/r/a.js', messages: [{ ruleId: 'prefer-const', line: 1 }], output: 'let a = 1;\nexport { a };\n\n' }];
      const { run } = fakeRunner({ exitCode: 1, output: JSON.stringify(report) });

      const result = await repoAutofixer(run).fix(preferConst, ws.reader);

      expect(result).toEqual({ kind: 'decline', reason: 'eslint: it has no fix for the finding' });
    });
  });
});
