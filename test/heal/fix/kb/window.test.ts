import { describe, expect, it } from 'vitest';
import { captureWindow, changedLines } from '../../../../src/heal/fix/kb/window.ts';

describe('captureWindow', () => {
  it('keeps the changed lines with the context asked for on each side', () => {
    const before = 'a = 1\nb = 2\nc = a - b\nd = 4\ne = 5\n';
    const after = 'a = 1\nb = 2\nc = a + b\nd = 4\ne = 5\n';

    const window = captureWindow(before, after, 1);

    expect(window).toEqual({ before: ['b = 2', 'c = a - b', 'd = 4'], after: ['b = 2', 'c = a + b', 'd = 4'], above: 1, below: 1, start: 2 });
    expect(changedLines(window!)).toEqual({ removed: ['c = a - b'], added: ['c = a + b'] });
  });

  it('takes what context there is at the top of the file, and a removed line as an empty change', () => {
    const window = captureWindow('import os\nimport sys\n', 'import sys\n', 2);

    expect(window).toEqual({ before: ['import os', 'import sys', ''], after: ['import sys', ''], above: 0, below: 2, start: 1 });
  });

  it('is null for no change, a change too large, or only blank lines to look for', () => {
    const big = Array.from({ length: 40 }, (_, i) => `x${i} = ${i}`).join('\n');

    expect(captureWindow('a\n', 'a\n', 1)).toBeNull();
    expect(captureWindow(big, big.replaceAll('=', '=='), 1)).toBeNull();
    expect(captureWindow('\n\n', '\nx = 1\n', 0)).toBeNull();
  });
});
