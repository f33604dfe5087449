import { describe, expect, it } from 'vitest';
import { replayWindow } from '../../../../src/heal/fix/kb/replay.ts';
import { captureWindow, type EditWindow } from '../../../../src/heal/fix/kb/window.ts';

const MEAN_BUGGY = 'def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / (len(xs) - 1)\n';
const MEAN_FIXED = 'def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)\n';

function windowOf(before: string, after: string, context: number): EditWindow {
  const window = captureWindow(before, after, context);
  if (!window) throw new Error('no window');
  return window;
}

describe('replayWindow', () => {
  const mean = windowOf(MEAN_BUGGY, MEAN_FIXED, 3);

  it('makes the same change where the code is the same', () => {
    const text = `import math\n\n${MEAN_BUGGY}`;

    const fit = replayWindow(mean, text, { language: 'python', near: null });

    expect(fit).toMatchObject({ text: `import math\n\n${MEAN_FIXED}`, line: 7, renames: [], drift: null, ambiguous: false });
    expect(fit!.fit).toBeCloseTo(0.9);
  });

  it('renames consistently when the same code uses other names, and re-indents it', () => {
    const text = 'class Stats:\n    def average(self, values):\n        acc = 0\n        for v in values:\n            acc += v\n        return acc / (len(values) - 1)\n';

    const fit = replayWindow(mean, text, { language: 'python', near: null });

    expect(fit?.text).toBe(text.replace('return acc / (len(values) - 1)', 'return acc / len(values)'));
    expect(fit?.renames).toEqual([['total', 'acc'], ['x', 'v'], ['xs', 'values']]);
    expect(fit!.fit).toBeLessThan(0.9);
  });

  it('does not fit when two names of the window would become one', () => {
    const text = 'def mean(xs):\n    xs = 0\n    for x in xs:\n        xs += x\n    return xs / (len(xs) - 1)\n';

    expect(replayWindow(mean, text, { language: 'python', near: null })).toBeNull();
  });

  it('does not fit when a number, keyword or operator differs', () => {
    const others = [MEAN_BUGGY.replace('- 1', '- 2'), MEAN_BUGGY.replace('for x in', 'for x of'), MEAN_BUGGY.replace('+=', '-=')];

    expect(others.map((text) => replayWindow(mean, text, { language: 'python', near: null }))).toEqual([null, null, null]);
  });

  it('does not fit when the indentation inside the window differs', () => {
    const text = MEAN_BUGGY.replace('        total += x', '    total += x');

    expect(replayWindow(mean, text, { language: 'python', near: null })).toBeNull();
  });

  describe('near the failure line', () => {
    const unused = windowOf('import os\nimport sys\n\nprint(sys.argv)\n', 'import sys\n\nprint(sys.argv)\n', 1);

    it('removes the import the failure names, paired through the message', () => {
      const text = 'import re\nimport json\n\nprint(json.dumps({}))\n';

      const fit = replayWindow(unused, text, { language: 'python', near: 1, seeds: [['os', 're']] });

      expect(fit).toMatchObject({ text: 'import json\n\nprint(json.dumps({}))\n', line: 1, renames: [['os', 're'], ['sys', 'json']], drift: 0 });
    });

    it('refuses the place where the paired name is not the one removed', () => {
      const text = 'import json\nimport re\n\nprint(json.dumps({}))\n';

      expect(replayWindow(unused, text, { language: 'python', near: 1, seeds: [['os', 're']] })).toBeNull();
    });

    it('finds the window a line or two away, with a lower fit, and not further', () => {
      const text = '"""Doc."""\nimport re\nimport json\n\nprint(json.dumps({}))\n';

      const near = replayWindow(unused, text, { language: 'python', near: 1, seeds: [['os', 're']] });
      const far = replayWindow(unused, `\n\n\n${text}`, { language: 'python', near: 1, seeds: [['os', 're']] });

      expect(near).toMatchObject({ text: '"""Doc."""\nimport json\n\nprint(json.dumps({}))\n', line: 2, drift: 1 });
      expect(near!.fit).toBeCloseTo(0.85 * 0.95);
      expect(far).toBeNull();
    });
  });

  it('keeps renamed strings and the code the fix adds in JavaScript', () => {
    const window = windowOf(
      "const total = (items) => {\n  if (items.length > 0) throw new Error('empty');\n  return items.length;\n};\n",
      "const total = (items) => {\n  if (items.length === 0) throw new Error('empty');\n  return items.length;\n};\n",
      1,
    );
    const text = "const count = (rows) => {\n  if (rows.length > 0) throw new Error('no rows');\n  return rows.length;\n};\n";

    const fit = replayWindow(window, text, { language: 'javascript', near: null });

    expect(fit?.text).toBe(text.replace('rows.length > 0', 'rows.length === 0'));
    expect(fit?.renames).toEqual([['total', 'count'], ['items', 'rows'], ["'empty'", "'no rows'"]]);
  });

  it('does not fit when a name the fix adds is already another name here', () => {
    const window = windowOf('def f(a, b):\n    return a\n', 'def f(a, b):\n    return c\n', 1);

    expect(replayWindow(window, 'def g(x, c):\n    return x\n', { language: 'python', near: null })).toBeNull();
  });

  it('says when the window fits in two places', () => {
    const window = windowOf('x = a - b\n', 'x = a + b\n', 0);

    const fit = replayWindow(window, 'x = a - b\ny = 1\nx = a - b\n', { language: 'python', near: null });

    expect(fit).toMatchObject({ text: 'x = a + b\ny = 1\nx = a - b\n', ambiguous: true });
  });
});
