import { describe, expect, it } from 'vitest';
import { findLoadSyntaxError } from '../../../src/heal/parse/node-load-error.ts';
import { parseCheckOutput } from '../../../src/heal/parse/index.ts';
import { toLines } from '../../../src/heal/parse/text.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('findLoadSyntaxError', () => {
  it.each([
    ['the error right under its header (TAP drops the empty source and caret lines)', ['file:///repo/lib/a.mjs:6', 'SyntaxError: Unexpected end of input']],
    ['empty source and caret lines', ['file:///repo/lib/a.mjs:6', '', '', '', 'SyntaxError: Unexpected end of input']],
    ['a source line and its caret', ['/repo/lib/a.mjs:6', '  return x +;', '            ^', '', 'SyntaxError: Unexpected end of input']],
  ])('places the error at the `file:line` header: %s', (_case, lines) => {
    const failure = findLoadSyntaxError(lines, 'node-test', CTX);

    expect(failure).toEqual({
      file: 'lib/a.mjs', line: 6, bugType: 'SYNTAX', message: 'Unexpected end of input', code: 'SyntaxError', tool: 'node-test', check: 'ci:check',
    });
  });

  it('classifies through the JS error table: a missing named export is an IMPORT problem', () => {
    const lines = ['file:///repo/test/a.test.mjs:1', "SyntaxError: The requested module '../lib/a.mjs' does not provide an export named 'b'"];

    const failure = findLoadSyntaxError(lines, 'node-test', CTX);

    expect(failure && where(failure)).toBe('test/a.test.mjs:1 IMPORT SyntaxError');
  });

  it.each([
    ['another error class', ['/repo/lib/a.js:3', 'TypeError: x is not a function']],
    ['an error too far below the header', ['/repo/lib/a.js:3', 'one', 'two', 'three', 'four', 'SyntaxError: Unexpected end of input']],
    ['a header outside the repository', ['/elsewhere/lib/a.js:3', 'SyntaxError: Unexpected end of input']],
    ['no header', ['SyntaxError: Unexpected end of input']],
  ])('finds nothing for %s', (_case, lines) => {
    const failure = findLoadSyntaxError(lines, 'node-test', CTX);

    expect(failure).toBeNull();
  });
});

describe('parseCheckOutput on a module that does not parse, imported by a node:test file', () => {
  it.each([
    ['syntax-end-of-input-tap', 'lib/slug.mjs:6 SYNTAX SyntaxError'],
    ['syntax-missing-paren-tap', 'lib/slug.mjs:5 SYNTAX SyntaxError'],
  ])('reports one failure, from node:test (%s)', (name, at) => {
    const output = fixture('node-test', name);

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.tool}`)).toEqual([`${at} node-test`]);
  });

  it('finds the error in the spec reporter form too, whose empty lines are kept', () => {
    const lines = toLines(fixture('node-test', 'syntax-end-of-input-spec'));

    const failure = findLoadSyntaxError(lines, 'node-test', CTX);

    expect(failure && where(failure)).toBe('lib/slug.mjs:6 SYNTAX SyntaxError');
  });

  it('finds a file that ends too early in the spec reporter output through the whole parse', () => {
    const output = fixture('node-test', 'syntax-end-of-input-spec');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map(where)).toEqual(['lib/slug.mjs:6 SYNTAX SyntaxError']);
  });
});
