import { describe, expect, it } from 'vitest';
import { jestParser } from '../../../src/heal/parse/jest.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('jestParser', () => {
  it('reads failed tests and suites that failed to run', () => {
    const output = fixture('jest', 'failures');

    const failures = jestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      '__tests__/cart.test.js:5 LOGIC assertion cart > sums prices',
      'src/cart.js:6 TYPE_ERROR TypeError cart > first item name',
      '__tests__/broken.test.js:1 IMPORT MODULE_NOT_FOUND undefined',
      'src/syn.js:2 SYNTAX SyntaxError undefined',
    ]);
    expect(failures[0].message).toBe('expect(received).toBe(expected) // Object.is equality Expected: 5 Received: 4.5');
    expect(failures[3]).toMatchObject({ column: 13, message: 'Unexpected token' });
  });
});
