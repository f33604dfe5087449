import { describe, expect, it } from 'vitest';
import { readPatternDocument, type PatternDocument } from '../../../../src/heal/fix/kb/document.ts';

const DOC: PatternDocument = {
  version: 1,
  failure: { tool: 'flake8', code: 'F401', message: "'<name>' imported but unused", names: ['os'], bugType: 'LINTING', file: 'a.py', line: 1 },
  edit: { file: 'a.py', language: 'python', sameFile: true, offset: 0, window: { before: ['import os', ''], after: [''], above: 0, below: 1, start: 1 } },
  description: 'remove the import statement',
};

describe('readPatternDocument', () => {
  it('reads a document of this version as it is', () => {
    expect(readPatternDocument(JSON.parse(JSON.stringify(DOC)))).toEqual(DOC);
  });

  it.each<[string, unknown]>([
    ['nothing', null],
    ['another version', { ...DOC, version: 2 }],
    ['no names', { ...DOC, failure: { ...DOC.failure, names: undefined } }],
    ['no window', { ...DOC, edit: { ...DOC.edit, window: undefined } }],
    ['window lines that are not text', { ...DOC, edit: { ...DOC.edit, window: { ...DOC.edit.window, after: [1] } } }],
  ])('is null for %s', (_case, value) => {
    expect(readPatternDocument(value)).toBeNull();
  });
});
