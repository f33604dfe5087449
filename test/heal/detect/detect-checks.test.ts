import { afterEach, describe, expect, it } from 'vitest';
import { defaultRepoConfig, parseRepoConfig } from '../../../src/config/repo-config.ts';
import { detectChecks } from '../../../src/heal/detect/index.ts';
import { FLAKE8_MINIMAL } from '../../../src/heal/detect/python-conventions.ts';
import { writeRepo } from './helpers.ts';

const WORKFLOW = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest]
        python-version: ["3.11", "3.12"]
    defaults:
      run:
        working-directory: backend
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: \${{ matrix.python-version }}
      - name: Install
        run: |
          python -m pip install --upgrade pip
          pip install -r requirements.txt
      - name: Lint
        run: flake8 . --count --show-source
      - name: Test
        run: |
          echo "running tests on \${{ matrix.python-version }}"
          pytest -q
      - name: Upload
        run: 'curl -H "Authorization: \${{ secrets.CODECOV_TOKEN }}" https://codecov.io'
  web:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
        working-directory: ./web
      - run: npm test
        working-directory: ./web
      - run: cd web && npm run lint
`;

describe('detectChecks', () => {
  let cleanup = async (): Promise<void> => {};
  afterEach(async () => {
    await cleanup();
  });

  it('takes the run: steps of workflows, with installs apart and working directories kept', async () => {
    const repo = await writeRepo({
      '.github/workflows/ci.yml': WORKFLOW,
      'backend/requirements.txt': 'requests\n',
      'backend/test_app.py': 'def test_x():\n    assert True\n',
      'web/package.json': JSON.stringify({ scripts: { test: 'vitest run', lint: 'eslint src' }, devDependencies: { vitest: '4' } }),
      'web/tsconfig.json': '{}',
    });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => [c.id, c.command, c.cwd, c.kind, c.tool, c.language, c.source])).toEqual([
      ['backend:flake8', 'flake8 . --count --show-source', 'backend', 'lint', 'flake8', 'python', 'workflow'],
      ['backend:pytest', 'pytest -q', 'backend', 'test', 'pytest', 'python', 'workflow'],
      ['web:vitest', 'npm test', 'web', 'test', 'vitest', 'typescript', 'workflow'],
      ['web:eslint', 'npm run lint', 'web', 'lint', 'eslint', 'typescript', 'workflow'],
    ]);
    expect(result.installs).toEqual([
      { command: 'pip install -r requirements.txt', cwd: 'backend' },
      { command: 'npm ci', cwd: 'web' },
    ]);
    expect(result.notes.some((n) => n.includes('values known only on GitHub'))).toBe(true);
  });

  it('finds pytest, the configured flake8 and mypy in a Python package without workflows', async () => {
    const repo = await writeRepo({
      'setup.cfg': '[flake8]\nmax-line-length = 100\n\n[mypy]\nstrict = True\n',
      'requirements.txt': 'pytest\n',
      'src/calc.py': 'def add(a, b):\n    return a + b\n',
      'tests/test_calc.py': 'from src.calc import add\n',
    });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => [c.id, c.command, c.kind, c.source])).toEqual([
      ['.:pytest', 'python3 -m pytest -q -p no:cacheprovider', 'test', 'convention'],
      ['.:flake8', 'flake8', 'lint', 'convention'],
      ['.:mypy', 'mypy .', 'typecheck', 'convention'],
    ]);
    expect(result.installs).toEqual([{ command: 'python3 -m pip install -r requirements.txt', cwd: '.' }]);
  });

  it('runs only the bug-finding flake8 codes when the repository has no flake8 config', async () => {
    const repo = await writeRepo({ 'app.py': 'import os\n' });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => c.command)).toEqual([FLAKE8_MINIMAL]);
  });

  it('uses the scripts of a TypeScript package', async () => {
    const repo = await writeRepo({
      'package.json': JSON.stringify({
        scripts: { test: 'node --test dist/', lint: 'eslint .', typecheck: 'tsc --noEmit', build: 'tsc' },
        devDependencies: { typescript: '5', eslint: '9' },
      }),
      'package-lock.json': '{}',
      'tsconfig.json': '{}',
      'src/index.ts': 'export const x = 1;\n',
    });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => [c.id, c.command, c.kind, c.tool, c.language])).toEqual([
      ['.:node-test', 'npm test', 'test', 'node-test', 'typescript'],
      ['.:eslint', 'npm run lint', 'lint', 'eslint', 'typescript'],
      ['.:tsc', 'npm run typecheck', 'typecheck', 'tsc', 'typescript'],
    ]);
    expect(result.installs).toEqual([{ command: 'npm ci --no-audit --no-fund', cwd: '.' }]);
  });

  it('covers every package of a monorepo', async () => {
    const repo = await writeRepo({
      'services/api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["fastapi"]\n',
      'services/api/api/main.py': 'x = 1\n',
      'services/api/tests/test_main.py': 'def test_x():\n    pass\n',
      'apps/web/package.json': JSON.stringify({ devDependencies: { typescript: '5' } }),
      'apps/web/tsconfig.json': '{}',
      'apps/web/src/a.ts': 'export {};\n',
      'apps/web/node_modules/dep/package.json': '{}',
    });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => [c.id, c.command])).toEqual([
      ['services/api:pytest', 'python3 -m pytest -q -p no:cacheprovider'],
      ['services/api:flake8', FLAKE8_MINIMAL],
      ['apps/web:tsc', 'npx --no tsc --noEmit'],
    ]);
    expect(result.installs).toEqual([
      { command: 'python3 -m pip install -e .', cwd: 'services/api' },
      { command: 'npm install --no-audit --no-fund', cwd: 'apps/web' },
    ]);
  });

  it('runs mocha for a package that depends on it and has tests but no test script, and a mocha script as mocha', async () => {
    const repo = await writeRepo({
      'lib/package.json': JSON.stringify({ devDependencies: { mocha: '10' } }),
      'lib/test/words.test.js': "require('assert');\n",
      'cli/package.json': JSON.stringify({ scripts: { test: 'mocha --recursive' }, devDependencies: { mocha: '10' } }),
    });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks.map((c) => [c.id, c.command, c.tool])).toEqual([
      ['cli:mocha', 'npm test', 'mocha'],
      ['lib:mocha', 'npx --no mocha', 'mocha'],
    ]);
  });

  it('lets .github/rift.yml override detection', async () => {
    const repo = await writeRepo({
      '.github/workflows/ci.yml': WORKFLOW,
      'tests/test_a.py': 'def test_a():\n    pass\n',
    });
    cleanup = repo.cleanup;
    const config = parseRepoConfig('ci_command:\n  - python3 -m pytest tests\n  - make lint\ninstall_command: pip install -e .\n');

    const result = await detectChecks(repo.root, config);

    expect(result.checks.map((c) => [c.id, c.command, c.tool, c.source])).toEqual([
      ['.:pytest', 'python3 -m pytest tests', 'pytest', 'config'],
      ['.:unknown', 'make lint', 'unknown', 'config'],
    ]);
    expect(result.installs).toEqual([{ command: 'pip install -e .', cwd: '.' }]);
  });

  it('skips paths listed in ignore', async () => {
    const repo = await writeRepo({ 'vendor/lib/test_v.py': 'x = 1\n', 'pkg/package.json': JSON.stringify({ scripts: { test: 'jest' } }) });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, { ...defaultRepoConfig(), ignore: ['vendor/**'] });

    expect(result.checks.map((c) => c.id)).toEqual(['pkg:jest']);
  });

  it('returns no checks for a repository with nothing to run', async () => {
    const repo = await writeRepo({ 'README.md': '# nothing\n', 'package.json': JSON.stringify({ scripts: { test: 'echo "Error: no test specified" && exit 1' } }) });
    cleanup = repo.cleanup;

    const result = await detectChecks(repo.root, defaultRepoConfig());

    expect(result.checks).toEqual([]);
    expect(result.installs).toEqual([]);
  });
});
