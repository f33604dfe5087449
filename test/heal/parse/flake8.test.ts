import { describe, expect, it } from 'vitest';
import { flake8Parser } from '../../../src/heal/parse/flake8.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('flake8Parser', () => {
  it('reads unused imports as LINTING F401 with the message without its location', () => {
    const output = fixture('flake8', 'unused-import');

    const failures = flake8Parser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['pkg/util.py:1 LINTING F401', 'pkg/util.py:2 LINTING F401']);
    expect(failures[0]).toMatchObject({ column: 1, message: "'os' imported but unused", tool: 'flake8', check: 'ci:check' });
  });

  it('classifies the usual pycodestyle and pyflakes codes by table', () => {
    const output = fixture('flake8', 'lint-codes');

    const failures = flake8Parser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'pkg/util.py:6 LINTING E711',
      'pkg/util.py:7 LINTING F821',
      'pkg/util.py:8 LINTING F841',
      'pkg/util.py:11 LINTING E722',
      'pkg/util.py:16 INDENTATION E111',
      'pkg/util.py:17 LINTING E302',
      'pkg/util.py:17 LINTING E201',
      'pkg/util.py:17 LINTING E202',
      'pkg/util.py:18 LINTING W291',
    ]);
  });

  it('tells E999 syntax errors from indentation and tab errors by the message', () => {
    const syntax = fixture('flake8', 'syntax-error');
    const indentation = fixture('flake8', 'indentation-error');

    const s = flake8Parser.parse(syntax, CTX);
    const i = flake8Parser.parse(indentation, CTX);

    expect(s.map(where)).toEqual(['pkg/bad.py:1 SYNTAX E999']);
    expect(s[0].message).toBe("SyntaxError: expected ':'");
    expect(i.map(where)).toEqual(['pkg/ind.py:4 INDENTATION E999', 'pkg/tab.py:4 INDENTATION E999']);
  });

  it('maps tabs and mixed indentation to INDENTATION and the rest of the misc codes to LINTING', () => {
    const output = fixture('flake8', 'misc');

    const failures = flake8Parser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'pkg/misc.py:2 LINTING F811',
      'pkg/misc.py:6 INDENTATION W191',
      'pkg/misc.py:6 LINTING E712',
      'pkg/misc.py:9 LINTING E501',
      'pkg/misc.py:10 INDENTATION E101',
      'pkg/misc.py:10 LINTING F541',
    ]);
  });

  it('resolves ./-relative paths against the cwd of a sub-package check', () => {
    const output = fixture('flake8', 'run-in-subdir');

    const failures = flake8Parser.parse(output, { ...CTX, cwd: 'pkg' });

    expect(failures).toHaveLength(20);
    expect(failures.every((f) => f.file.startsWith('pkg/') && !f.file.includes('./'))).toBe(true);
  });

  it('gives bugType null to a plugin code absent from the table', () => {
    const output = 'app/models.py:12:5: B006 Do not use mutable data structures for argument defaults';

    const failures = flake8Parser.parse(output, CTX);

    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ file: 'app/models.py', line: 12, bugType: null, code: 'B006' });
  });
});
