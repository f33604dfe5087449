import { describe, expect, it } from 'vitest';
import { eslintParser } from '../../../src/heal/parse/eslint.ts';
import { CTX, fixture, where } from './fixture.ts';

const EXPECTED = [
  'src/app.js:1 LINTING @typescript-eslint/no-unused-vars',
  'src/app.js:3 LINTING prefer-const',
  'src/app.js:5 LINTING eqeqeq',
  'src/app.js:6 LINTING no-undef',
  'src/bad.js:1 SYNTAX undefined',
  'src/util.ts:1 LINTING @typescript-eslint/no-unused-vars',
  'src/util.ts:3 LINTING @typescript-eslint/no-unused-vars',
  'src/util.ts:3 LINTING @typescript-eslint/no-explicit-any',
  'src/util.ts:4 LINTING prefer-const',
];

describe('eslintParser', () => {
  it.each(['stylish', 'unix', 'compact'])('reads the %s format', (format) => {
    const output = fixture('eslint', format);

    const failures = eslintParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(EXPECTED);
    expect(failures[0]).toMatchObject({ column: 8, message: "'fs' is defined but never used", tool: 'eslint' });
    expect(failures[4].message).toBe("Parsing error: ',' expected");
  });

  it('ignores warnings unless ESLint says they exceed --max-warnings', () => {
    const warningsOnly = fixture('eslint', 'warning-only');
    const maxWarnings = fixture('eslint', 'max-warnings');

    const ignored = eslintParser.parse(warningsOnly, CTX);
    const failing = eslintParser.parse(maxWarnings, CTX);

    expect(ignored).toEqual([]);
    expect(failing.map(where)).toEqual(['w/warn.js:1 LINTING prefer-const']);
  });

  it('gives a plugin rule absent from the table null', () => {
    const output = '/repo/src/App.jsx:4:3: Missing "key" prop for element in iterator. [Error/react/jsx-key]';

    const failures = eslintParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['src/App.jsx:4 null react/jsx-key']);
  });
});
