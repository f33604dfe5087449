import { describe, expect, it } from 'vitest';
import { isTestPath, toRepoPath } from '../../../src/heal/parse/paths.ts';

const CTX = { repoRoot: '/repo', cwd: '.', check: 'c' };

describe('toRepoPath', () => {
  it('keeps root-relative paths and normalises ./ and backslashes', () => {
    expect(toRepoPath('src/a.py', CTX)).toBe('src/a.py');
    expect(toRepoPath('./src/a.py', CTX)).toBe('src/a.py');
    expect(toRepoPath('src\\win\\a.ts', CTX)).toBe('src/win/a.ts');
  });

  it('makes absolute paths and file:// URLs repository-relative', () => {
    expect(toRepoPath('/repo/src/a.js', CTX)).toBe('src/a.js');
    expect(toRepoPath('file:///repo/src/a%20b.js', CTX)).toBe('src/a b.js');
    expect(toRepoPath('/repo/', CTX)).toBeNull();
  });

  it('resolves relative paths against the cwd of a sub-package', () => {
    const ctx = { ...CTX, cwd: 'packages/api' };

    expect(toRepoPath('src/a.ts', ctx)).toBe('packages/api/src/a.ts');
    expect(toRepoPath('../shared/b.ts', ctx)).toBe('packages/shared/b.ts');
    expect(toRepoPath('/repo/packages/api/src/a.ts', ctx)).toBe('packages/api/src/a.ts');
  });

  it('drops paths outside the repository and inside vendored code', () => {
    expect(toRepoPath('/usr/lib/python3.11/json/__init__.py', CTX)).toBeNull();
    expect(toRepoPath('/repository-other/a.py', CTX)).toBeNull();
    expect(toRepoPath('../../elsewhere/a.js', CTX)).toBeNull();
    expect(toRepoPath('node_modules/vitest/dist/index.js', CTX)).toBeNull();
    expect(toRepoPath('/repo/.venv/lib/python3.11/site-packages/x.py', CTX)).toBeNull();
    expect(toRepoPath('node:internal/modules/cjs/loader', CTX)).toBeNull();
    expect(toRepoPath('<frozen importlib._bootstrap>', CTX)).toBeNull();
  });

  it('accepts a repository root given with a trailing slash', () => {
    expect(toRepoPath('/repo/a.py', { ...CTX, repoRoot: '/repo/' })).toBe('a.py');
  });
});

describe('isTestPath', () => {
  it('recognises Python and JS test files and test folders', () => {
    expect(['tests/test_a.py', 'pkg/a_test.py', 'conftest.py', 'src/a.test.ts', 'src/a.spec.js', '__tests__/a.js', 'test/helpers.js'].map(isTestPath))
      .toEqual([true, true, true, true, true, true, true]);
    expect(['src/calc/strs.py', 'src/testing_utils_x.py', 'lib/contest.js'].map(isTestPath)).toEqual([false, false, false]);
  });
});
