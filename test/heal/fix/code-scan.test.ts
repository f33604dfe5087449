import { describe, expect, it } from 'vitest';
import { lastCodeEnd, scanCode, unclosedBefore } from '../../../src/heal/fix/code-scan.ts';

describe('scanCode', () => {
  it('ignores brackets in Python strings and comments', () => {
    const text = 'f("(", \'[\', """{\n)""")  # (\n';

    const scan = scanCode(text, 'python');

    expect(scan.brackets.map((b) => b.char).join('')).toBe('()');
  });

  it('ignores brackets in JS strings, comments, regexes and templates but not in substitutions', () => {
    const text = 'f("(", /[(]/g, `a${g(1)}(`) // (\n/* { */\n';

    const scan = scanCode(text, 'js');

    expect(scan.brackets.map((b) => b.char).join('')).toBe('(())');
  });

  it('lists the openers still open before an offset', () => {
    const scan = scanCode('a = f([1, 2\n', 'python');

    const open = unclosedBefore(scan, scan.text.length);

    expect(open.map((b) => [b.char, b.offset])).toEqual([['(', 5], ['[', 6]]);
  });

  it('finds the end of the code before a trailing comment', () => {
    const scan = scanCode('x = g(1  # note\n', 'python');

    const end = lastCodeEnd(scan, 0, 15);

    expect(end).toBe(7);
  });
});
