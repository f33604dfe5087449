import { describe, expect, it } from 'vitest';
import { pytestParser } from '../../../src/heal/parse/pytest.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('pytestParser', () => {
  it('puts a plain assert failure on the test line, as LOGIC with the test id', () => {
    const output = fixture('pytest', 'assertion-in-test');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'tests/test_ops.py:5 LOGIC assertion',
      'tests/test_ops.py:10 LOGIC assertion',
      'tests/test_ops.py:15 LOGIC assertion',
    ]);
    expect(failures[0]).toMatchObject({ test: 'tests/test_ops.py::test_add', message: 'assert -1 == 5', tool: 'pytest' });
  });

  it.each(['error-in-code-under-test', 'error-in-code-under-test-tb-short', 'tb-line', 'tb-native'])(
    'blames the deepest frame in the code under test (%s)',
    (name) => {
      const output = fixture('pytest', name);

      const failures = pytestParser.parse(output, CTX).filter((f) => f.file.startsWith('src/'));

      expect(failures.map(where)).toEqual([
        'src/calc/strs.py:2 TYPE_ERROR AttributeError',
        'src/calc/strs.py:8 TYPE_ERROR TypeError',
        'src/calc/strs.py:13 LOGIC assertion',
      ]);
      expect(failures.map((f) => f.test)).toEqual([
        'tests/test_strs.py::test_shout',
        'tests/test_strs.py::test_join',
        'tests/test_strs.py::test_positive',
      ]);
      expect(failures[1].message).toBe("unsupported operand type(s) for +: 'int' and 'str'");
    },
  );

  it('reads collection errors at the file they name, not at pytest internals', () => {
    const output = fixture('pytest', 'collection-errors');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'app/imp.py:1 IMPORT ModuleNotFoundError',
      'app/ind.py:4 INDENTATION IndentationError',
      'tests/test_name.py:1 IMPORT ImportError',
      'app/paren.py:2 SYNTAX SyntaxError',
      'app/syn.py:1 SYNTAX SyntaxError',
    ]);
    expect(failures.map((f) => f.message)).toEqual([
      "No module named 'requestz'",
      'unindent does not match any outer indentation level',
      "cannot import name 'missing_thing' from 'app' (/repo/app/__init__.py)",
      "'(' was never closed",
      "expected ':'",
    ]);
    expect(failures.every((f) => f.test === undefined)).toBe(true);
  });

  it('reads a syntax error in the test file itself', () => {
    const output = fixture('pytest', 'syntax-error-in-test-file');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['tests/test_bad.py:2 SYNTAX SyntaxError']);
    expect(failures[0].message).toBe("'[' was never closed");
  });

  it('reports an error at fixture setup as what it is: an exception outside the table is null', () => {
    const output = fixture('pytest', 'fixture-error');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['tests/test_fix.py:6 null RuntimeError']);
    expect(failures[0].test).toBe('tests/test_fix.py::test_uses');
  });

  it('falls back to the short summary when no details were printed, one failure per test', () => {
    const output = fixture('pytest', 'summary-only');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'tests/test_ops.py:1 LOGIC assertion tests/test_ops.py::test_add',
      'tests/test_ops.py:1 LOGIC assertion tests/test_ops.py::test_div_local',
      'tests/test_ops.py:1 LOGIC assertion tests/test_ops.py::test_inline',
      'tests/test_strs.py:1 TYPE_ERROR AttributeError tests/test_strs.py::test_shout',
      'tests/test_strs.py:1 TYPE_ERROR TypeError tests/test_strs.py::test_join',
      'tests/test_strs.py:1 LOGIC assertion tests/test_strs.py::test_positive',
    ]);
  });

  it('reports a bare `ERROR path` summary line as an unclassified collection error', () => {
    const full = fixture('pytest', 'collection-errors');
    const output = full.slice(full.indexOf('=========================== short test summary info'));

    const failures = pytestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual([
      'tests/test_imp.py:1 null undefined',
      'tests/test_ind.py:1 null undefined',
      'tests/test_name.py:1 null undefined',
      'tests/test_paren.py:1 null undefined',
      'tests/test_syn.py:1 null undefined',
    ]);
    expect(failures[0].test).toBeUndefined();
  });

  it('does not repeat a summary line whose block was read', () => {
    const output = fixture('pytest', 'assertion-in-test');

    const failures = pytestParser.parse(output, CTX);

    expect(failures.filter((f) => f.line === 1)).toEqual([]);
  });
});
