import { describe, expect, it } from 'vitest';
import { mypyParser } from '../../../src/heal/parse/mypy.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('mypyParser', () => {
  it('reads errors with their code and skips notes', () => {
    const output = fixture('mypy', 'errors');

    const failures = mypyParser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'pkg/core.py:1 IMPORT import',
      'pkg/core.py:2 IMPORT attr-defined',
      'pkg/core.py:10 TYPE_ERROR return-value',
      'pkg/core.py:13 TYPE_ERROR arg-type',
      'pkg/core.py:14 TYPE_ERROR assignment',
      'pkg/core.py:15 TYPE_ERROR attr-defined',
      'pkg/core.py:16 IMPORT name-defined',
      'pkg/core.py:18 TYPE_ERROR union-attr',
    ]);
    expect(failures[3].message).toBe('Argument 1 to "add" has incompatible type "str"; expected "int"');
  });

  it('reads a syntax error as SYNTAX', () => {
    const output = fixture('mypy', 'syntax-error');

    const failures = mypyParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['pkg/bad.py:1 SYNTAX syntax']);
    expect(failures[0].message).toBe("expected ':'");
  });

  it('reads the column when --show-column-numbers is on, and gives unknown codes null', () => {
    const output = 'pkg/a.py:3:9: error: Something new  [brand-new-code]';

    const failures = mypyParser.parse(output, CTX);

    expect(failures).toEqual([
      { file: 'pkg/a.py', line: 3, column: 9, bugType: null, message: 'Something new', code: 'brand-new-code', tool: 'mypy', check: 'ci:check' },
    ]);
  });
});
