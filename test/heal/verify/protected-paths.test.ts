import { describe, expect, it } from 'vitest';
import { protectedReason } from '../../../src/heal/verify/protected-paths.ts';

describe('protectedReason', () => {
  it.each([
    ['tests/test_x.py', 'a test directory'],
    ['pkg/test/helpers.js', 'a test directory'],
    ['src/__tests__/a.ts', 'a test directory'],
    ['test_x.py', 'a test file'],
    ['pkg/widget_test.py', 'a test file'],
    ['conftest.py', 'a test fixture file'],
    ['src/foo.test.ts', 'a test file'],
    ['src/foo.spec.jsx', 'a test file'],
    ['lib/foo.test.mjs', 'a test file'],
    ['.github/workflows/ci.yml', 'CI configuration'],
    ['.gitlab-ci.yml', 'CI configuration'],
    ['.circleci/config.yml', 'CI configuration'],
    ['package-lock.json', 'a lockfile'],
    ['web/yarn.lock', 'a lockfile'],
    ['poetry.lock', 'a lockfile'],
    ['.flake8', 'tool or test configuration'],
    ['pkg/setup.cfg', 'tool or test configuration'],
    ['tsconfig.build.json', 'tool or test configuration'],
    ['eslint.config.mjs', 'tool or test configuration'],
    ['package.json', 'tool or test configuration'],
  ])('protects %s as %s', (file, what) => {
    const reason = protectedReason(file);

    expect(reason).toBe(`${file} is ${what}; RIFT never edits it to make checks pass`);
  });

  it.each(['src/foo.ts', 'app/utils.py', 'src/testing_utils.py', 'src/latest.js', 'contest.py', 'src/attest/x.py'])(
    'lets %s be edited',
    (file) => {
      const reason = protectedReason(file);

      expect(reason).toBeNull();
    },
  );
});
