import { describe, expect, it } from 'vitest';
import { defaultFixers, fixersFor } from '../../../src/heal/fix/registry.ts';
import type { Failure } from '../../../src/heal/types.ts';

const failure = (bugType: Failure['bugType']): Failure => ({ file: 'a.py', line: 1, message: 'm', tool: 'flake8', check: 'c', bugType });

describe('fixersFor', () => {
  it('picks the fixers of the bug type and language', () => {
    const fixers = defaultFixers();

    const names = fixersFor(failure('SYNTAX'), 'python', fixers).map((f) => f.name);

    expect(names).toEqual(['py-missing-token']);
  });

  it('picks the TypeScript fixers for JavaScript too', () => {
    const fixers = defaultFixers();

    const names = fixersFor(failure('LINTING'), 'javascript', fixers).map((f) => f.name);

    expect(names).toEqual(['ts-unused-import']);
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
