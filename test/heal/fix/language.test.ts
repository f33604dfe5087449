import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/heal/fix/language.ts';

describe('languageOf', () => {
  it.each([
    ['src/utils.py', 'python'],
    ['a/b.js', 'javascript'],
    ['a.mjs', 'javascript'],
    ['a.cjs', 'javascript'],
    ['App.jsx', 'javascript'],
    ['a.ts', 'typescript'],
    ['a.mts', 'typescript'],
    ['a.cts', 'typescript'],
    ['App.TSX', 'typescript'],
  ])('%s is %s', (file, language) => {
    const result = languageOf(file);

    expect(result).toBe(language);
  });

  it('is null for other files', () => {
    const results = ['README.md', 'Makefile', 'a.pyc', 'a.d'].map(languageOf);

    expect(results).toEqual([null, null, null, null]);
  });
});
