import { describe, expect, it } from 'vitest';
import { lexLine } from '../../../../src/heal/fix/kb/tokens.ts';

const kinds = (line: string, language: 'python' | 'javascript' | 'typescript' = 'python') =>
  lexLine(line, language).map((t) => `${t.kind}:${t.text}`);

describe('lexLine', () => {
  it('splits Python into names, keywords, literals and operators, without the comment', () => {
    expect(kinds("    return total / (len(xs) - 1)  # the mean")).toEqual([
      'kw:return', 'id:total', 'op:/', 'op:(', 'kw:len', 'op:(', 'id:xs', 'op:)', 'op:-', 'num:1', 'op:)',
    ]);
  });

  it('reads Python string prefixes and triple quotes as one string', () => {
    expect(kinds('x = f"{a}" + r\'\\d\' + """doc"""')).toEqual(['id:x', 'op:=', 'str:f"{a}"', 'op:+', "str:r'\\d'", 'op:+', 'str:"""doc"""']);
  });

  it('reads JavaScript operators longest first, template strings and both comment kinds', () => {
    expect(kinds('if (a !== b && c?.d) /* why */ return `x${y}`; // done', 'javascript')).toEqual([
      'kw:if', 'op:(', 'id:a', 'op:!==', 'id:b', 'op:&&', 'id:c', 'op:?.', 'id:d', 'op:)', 'kw:return', 'str:`x${y}`', 'op:;',
    ]);
  });

  it('keeps offsets that slice back to the token text', () => {
    const line = "const total = items.reduce((s, x) => s + x, 0);";

    const tokens = lexLine(line, 'typescript');

    expect(tokens.every((t) => line.slice(t.start, t.end) === t.text)).toBe(true);
    expect(tokens.filter((t) => t.kind === 'id').map((t) => t.text)).toEqual(['total', 'items', 'reduce', 's', 'x', 's', 'x']);
  });

  it('takes the rest of the line as the string when it does not close', () => {
    expect(kinds('s = "open')).toEqual(['id:s', 'op:=', 'str:"open']);
  });
});
