import { describe, expect, it } from 'vitest';
import { vitestParser } from '../../../src/heal/parse/vitest.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('vitestParser', () => {
  it.each(['failures-no-color', 'failures-color'])('reads failed suites and tests (%s)', (name) => {
    const output = fixture('vitest', name);

    const failures = vitestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'test/missing.test.ts:2 IMPORT Error undefined',
      'src/syn.ts:1 SYNTAX PARSE_ERROR undefined',
      'test/price.test.ts:6 LOGIC assertion price > applies a percentage discount',
      'src/price.ts:6 TYPE_ERROR TypeError price > labels an item',
    ]);
    expect(failures[1]).toMatchObject({ column: 34, message: 'Expected `,` or `)` but found `{`' });
    expect(failures[2].message).toBe('expected -900 to be 90 // Object.is equality');
  });

  it('puts a Vite plugin parse error on the module it names, not on the test file', () => {
    const output = fixture('vitest', 'vite-import-analysis');

    const failures = vitestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['src/slug.js:1 SYNTAX Error']);
    expect(failures[0].message).toMatch(/^Failed to parse source for import analysis/);
  });

  it('reads esbuild-style transform errors', () => {
    const output = [
      ' FAIL  test/a.test.ts [ test/a.test.ts ]',
      'Error: Transform failed with 1 error:',
      '/repo/src/a.ts:3:14: ERROR: Expected ")" but found "{"',
      '⎯⎯⎯⎯⎯⎯⎯⎯[1/1]⎯',
      ' Test Files  1 failed (1)',
    ].join('\n');

    const failures = vitestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['src/a.ts:3 SYNTAX SyntaxError']);
    expect(failures[0].message).toBe('Expected ")" but found "{"');
  });
});
