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

  it.each(['load-failures-tap', 'load-failures-spec'])('names nested tests and skips files that failed to load (%s)', (name) => {
    const output = fixture('node-test', name);

    const failures = nodeTestParser.parse(output, CTX);

    expect([...new Set(failures.map((f) => `${where(f)} ${f.test}`))]).toEqual(['test/nested.test.js:6 LOGIC assertion group > inner fails']);
  });
});
