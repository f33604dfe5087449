import { describe, expect, it } from 'vitest';
import { defaultFixers, fixersFor } from '../../../src/heal/fix/registry.ts';
import type { Failure } from '../../../src/heal/types.ts';

const failure = (bugType: Failure['bugType']): Failure => ({ file: 'a.py', line: 1, message: 'm', tool: 'flake8', check: 'c', bugType });

describe('fixersFor', () => {
  it('picks the fixers of the bug type and language', () => {
    const fixers = defaultFixers();

    const names = fixersFor(failure('SYNTAX'), 'python', fixers).map((f) => f.name);

    expect(names).toEqual(['py-missing-token', 'py-syntax-token']);
  });

  it('picks the TypeScript fixers for JavaScript too', () => {
    const fixers = defaultFixers();

    const names = fixersFor(failure('LINTING'), 'javascript', fixers).map((f) => f.name);

    expect(names).toEqual(['ts-unused-import', 'js-lint-unused-variable', 'js-lint-prefer-const', 'js-lint-eqeqeq', 'js-lint-semicolon', 'js-lint-prototype-builtins']);
  });

  it("puts the repository's own autofixer first when a runner is given", () => {
    const fixers = defaultFixers({ autofix: async () => ({ exitCode: 127, output: '' }) });

    const names = fixersFor(failure('LINTING'), 'python', fixers).map((f) => f.name);

    expect(names[0]).toBe('repo-autofixer');
    expect(fixersFor(failure('LINTING'), 'python', defaultFixers()).map((f) => f.name)).not.toContain('repo-autofixer');
  });

  it('picks nothing for an unclassified failure', () => {
    const fixers = defaultFixers();

    const picked = fixersFor(failure(null), 'python', fixers);

    expect(picked).toEqual([]);
  });

  it('gives every default fixer the rule_first strategy and a unique name', () => {
    const fixers = defaultFixers();

    const names = new Set(fixers.map((f) => f.name));

    expect(names.size).toBe(fixers.length);
    expect(fixers.every((f) => f.strategy === 'rule_first')).toBe(true);
  });
});
