import { describe, expect, it } from 'vitest';
import { unittestParser } from '../../../src/heal/parse/unittest.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('unittestParser', () => {
  it('reads FAIL as a LOGIC assertion and ERROR by exception class, with the test id', () => {
    const output = fixture('unittest', 'failures');

    const failures = unittestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'pkg/mathx.py:6 TYPE_ERROR AttributeError tests.test_mathx.SquareTest.test_area',
      'tests/test_mathx.py:14 IMPORT NameError tests.test_mathx.SquareTest.test_name',
      'tests/test_mathx.py:8 LOGIC assertion tests.test_mathx.SquareTest.test_square',
    ]);
    expect(failures[2]).toMatchObject({ message: '6 != 9', tool: 'unittest' });
  });

  it('reads a module that failed to import as IMPORT at the import line, with no test', () => {
    const output = fixture('unittest', 'import-error');

    const failures = unittestParser.parse(output, CTX);

    expect(failures[0]).toMatchObject({ file: 'tests/test_broken.py', line: 2, bugType: 'IMPORT', code: 'ModuleNotFoundError' });
    expect(failures[0].test).toBeUndefined();
  });
});
