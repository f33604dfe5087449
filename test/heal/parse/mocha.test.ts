import { describe, expect, it } from 'vitest';
import { parseCheckOutput } from '../../../src/heal/parse/index.ts';
import { mochaParser } from '../../../src/heal/parse/mocha.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('mochaParser', () => {
  it('reads each numbered failure: nested titles as the test, the error, the values compared, the stack', () => {
    const failures = mochaParser.parse(fixture('mocha', 'failures'), CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'lib/words.js:3 TYPE_ERROR TypeError outer > inner > throws on null',
      'test/more.test.js:10 LOGIC assertion outer > inner > deep equal',
      'test/more.test.js:15 null Error undefined',
      'test/words.test.js:6 LOGIC assertion longestWord > finds the longest',
      'test/words.test.js:9 LOGIC assertion longestWord > keeps a single word',
    ]);
    expect(failures[3].message).toBe("Expected values to be strictly equal: '' !== 'quick'");
    expect(failures[1].message).toBe('Expected values to be strictly deep-equal: [ 1, + 2 - 3 ]');
  });

  it('finds nothing in output without a failing section', () => {
    expect(mochaParser.parse('  longestWord\n    ✔ finds the longest\n\n  1 passing (3ms)\n', CTX)).toEqual([]);
    expect(mochaParser.parse(fixture('jest', 'failures'), CTX)).toEqual([]);
  });

  it('leaves a module that fails to load to the Node parser, which reads it after mocha\'s prefix', () => {
    const failures = parseCheckOutput(fixture('mocha', 'load-error'), CTX);

    expect(failures.map(where)).toEqual(['lib/words.js:2 SYNTAX SyntaxError']);
  });
});
