import { describe, expect, it } from 'vitest';
import { nodeTestParser } from '../../../src/heal/parse/node-test.ts';
import { CTX, fixture, where } from './fixture.ts';

const EXPECTED = [
  'test/math.test.js:6 LOGIC assertion adds numbers',
  'src/math.js:6 TYPE_ERROR TypeError parses text',
  'src/math.js:10 LOGIC RangeError positive',
];

describe('nodeTestParser', () => {
  it('reads TAP `not ok` blocks: assertion at the test line, errors at the code under test', () => {
    const output = fixture('node-test', 'tap');

    const failures = nodeTestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual(EXPECTED);
    expect(failures[0]).toMatchObject({ column: 10, message: 'Expected values to be strictly equal: -1 !== 5', tool: 'node-test' });
  });

  it('reads the spec reporter, whose repeated summary adds nothing new', () => {
    const output = fixture('node-test', 'spec');

    const failures = nodeTestParser.parse(output, CTX);

    expect([...new Set(failures.map((f) => `${where(f)} ${f.test}`))]).toEqual(EXPECTED);
  });

  it('names nested tests and leaves crashes other than a SyntaxError to the node runtime parser (TAP)', () => {
    const output = fixture('node-test', 'load-failures-tap');

    const failures = nodeTestParser.parse(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'src/broken.js:2 SYNTAX SyntaxError undefined',
      'test/nested.test.js:6 LOGIC assertion group > inner fails',
    ]);
  });

  it('names nested tests and skips files that failed to load (spec)', () => {
    const output = fixture('node-test', 'load-failures-spec');

    const failures = nodeTestParser.parse(output, CTX);

    expect([...new Set(failures.map((f) => `${where(f)} ${f.test}`))]).toEqual(['test/nested.test.js:6 LOGIC assertion group > inner fails']);
  });

  it.each([
    ['syntax-end-of-input-tap', 'lib/slug.mjs:6 SYNTAX SyntaxError', 'Unexpected end of input'],
    ['syntax-missing-paren-tap', 'lib/slug.mjs:5 SYNTAX SyntaxError', 'missing ) after argument list'],
  ])('reads the SyntaxError of a module a test file imports from the stderr TAP echoes (%s)', (name, at, message) => {
    const output = fixture('node-test', name);

    const failures = nodeTestParser.parse(output, CTX);

    expect(failures.map(where)).toEqual([at]);
    expect(failures[0]).toMatchObject({ message, tool: 'node-test', check: 'ci:check' });
    expect(failures[0].test).toBeUndefined();
  });

  it('does not read the echoed stderr of a test file whose process did not crash', () => {
    const output = fixture('node-test', 'syntax-end-of-input-tap').replace('  exitCode: 1\n', '');

    const failures = nodeTestParser.parse(output, CTX);

    expect(failures).toEqual([]);
  });
});
