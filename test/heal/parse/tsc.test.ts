import { describe, expect, it } from 'vitest';
import { tscParser } from '../../../src/heal/parse/tsc.ts';
import { CTX, fixture, where } from './fixture.ts';

const TYPES = [
  'src/types.ts:1 IMPORT TS2307',
  'src/types.ts:2 LINTING TS6133',
  'src/types.ts:2 IMPORT TS2307',
  'src/types.ts:8 TYPE_ERROR TS2345',
  'src/types.ts:9 TYPE_ERROR TS2322',
  'src/types.ts:11 TYPE_ERROR TS2339',
  'src/types.ts:12 TYPE_ERROR TS2554',
  'src/types.ts:13 IMPORT TS2304',
  'src/types.ts:15 TYPE_ERROR TS2531',
];

describe('tscParser', () => {
  it('reads the plain `path(line,col): error TSxxxx` format', () => {
    const output = fixture('tsc', 'types-plain');

    const failures = tscParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(TYPES);
    expect(failures[3]).toMatchObject({ column: 27, message: "Argument of type 'string' is not assignable to parameter of type 'number'." });
  });

  it('reads the pretty `path:line:col - error TSxxxx` format once colours are stripped', () => {
    const output = fixture('tsc', 'types-pretty');

    const failures = tscParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(TYPES);
  });

  it('classifies TS1005 as SYNTAX in both formats', () => {
    const plain = fixture('tsc', 'syntax-plain');
    const pretty = fixture('tsc', 'syntax-pretty');

    const a = tscParser.parse(plain, CTX);
    const b = tscParser.parse(pretty, CTX);

    expect(a.map(where)).toEqual(['src/syntax.ts:1 SYNTAX TS1005', 'src/syntax.ts:2 SYNTAX TS1005', 'src/syntax.ts:2 SYNTAX TS1005', 'src/syntax.ts:4 SYNTAX TS1005']);
    expect(b.map(where)).toEqual(a.map(where));
    expect(a[0].message).toBe("',' expected.");
  });

  it('resolves paths against the cwd of a sub-package', () => {
    const output = 'src/index.ts(3,7): error TS2322: Type \'number\' is not assignable to type \'string\'.';

    const failures = tscParser.parse(output, { ...CTX, cwd: 'packages/api' });

    expect(failures.map(where)).toEqual(['packages/api/src/index.ts:3 TYPE_ERROR TS2322']);
  });

  it('gives a config diagnostic outside the table null', () => {
    const output = "tsconfig.json(4,5): error TS5023: Unknown compiler option 'foo'.";

    const failures = tscParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['tsconfig.json:4 null TS5023']);
  });
});
