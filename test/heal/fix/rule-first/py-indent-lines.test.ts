import { describe, expect, it } from 'vitest';
import { indentStyle, indentWidth, levelsBefore, pythonIndentLines } from '../../../../src/heal/fix/python-indent.ts';
import { reindentLines } from '../../../../src/heal/fix/python-indent-render.ts';

describe('pythonIndentLines', () => {
  it('tells logical lines from comments, blanks, continuations and string insides', () => {
    const text = 'def f(a,\n      b):\n    # note\n\n    s = """\n  x\n"""\n    return s + \\\n        a\n';

    const lines = pythonIndentLines(text);

    expect(lines.map((l) => l.kind)).toEqual(['logical', 'continuation', 'comment', 'blank', 'logical', 'string', 'string', 'logical', 'continuation', 'blank']);
    expect(lines.filter((l) => l.header).map((l) => [l.line, l.end])).toEqual([[1, 2]]);
  });

  it('does not take a dict or slice colon at a line end for a header', () => {
    const lines = pythonIndentLines('d = {1:\n     2}\nx = y[1:\n      ]\n');

    expect(lines.some((l) => l.header)).toBe(false);
  });
});

describe('indentation measures', () => {
  it('counts a tab to the next multiple of the tab size', () => {
    expect([indentWidth('\t'), indentWidth('  \t'), indentWidth('\t  ', 4)]).toEqual([8, 8, 6]);
  });

  it('reads the unit the file indents its bodies by', () => {
    expect(indentStyle(pythonIndentLines('if a:\n  b = 1\n  if b:\n    c = 2\n'))).toEqual({ char: ' ', unit: '  ' });
    expect(indentStyle(pythonIndentLines('if a:\n\tb = 1\n\tc = 2\n'))).toEqual({ char: '\t', unit: '\t' });
  });

  it('lists the block levels open before a line', () => {
    const lines = pythonIndentLines('def f():\n    if a:\n        b = 1\n    c = 2\n');

    expect(levelsBefore(lines, 4).map((l) => l.width)).toEqual([0, 4, 8]);
  });

  it('re-renders selected lines by depth and leaves the others alone', () => {
    const text = 'def f():\n\tif a:\n\t\tb = 1\n\treturn 2\n';

    const after = reindentLines(text, pythonIndentLines(text), { selected: new Set([2, 3]), tabSize: 8, unit: '  ' });

    expect(after).toBe('def f():\n  if a:\n    b = 1\n\treturn 2\n');
  });
});
