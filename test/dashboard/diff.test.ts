// The replay's line diff (src/dashboard/pages/diff.js, the very module the browser loads): the lines of
// both sides in order, hunks numbered as `diff -u` numbers them, and as few changed lines as GNU diff's
// --minimal finds on random texts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, formatHunks, MAX_LCS_CELLS, splitLines, unifiedDiff } from '../../src/dashboard/pages/diff.js';

const text = (...lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);

describe('splitLines', () => {
  it('reads CRLF as LF and opens no line after the last line break', () => {
    expect(splitLines('a\r\nb\r\n')).toEqual(['a', 'b']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines(null)).toEqual([]);
  });
});

describe('diffLines', () => {
  it('keeps the common lines and marks the removed and added ones with their numbers', () => {
    const lines = diffLines(text('import os', 'def f(x):', '    return x'), text('def f(x):', '    return x + 1'));

    expect(lines).toEqual([
      { type: 'del', text: 'import os', oldLine: 1 },
      { type: 'same', text: 'def f(x):', oldLine: 2, newLine: 1 },
      { type: 'del', text: '    return x', oldLine: 3 },
      { type: 'add', text: '    return x + 1', newLine: 2 },
    ]);
  });

  it('shows a fix from nothing as every line added, and a removal as every line removed', () => {
    expect(diffLines(null, 'x = 1\n').map((line) => line.type)).toEqual(['add']);
    expect(diffLines('x = 1\ny = 2\n', '').map((line) => line.type)).toEqual(['del', 'del']);
  });

  it('shows an oversized change as replaced whole instead of building a huge table', () => {
    const size = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 1;
    const before = Array.from({ length: size }, (_, i) => `a${i}`).join('\n');
    // Half the lines in common, but not the first or the last: no head or tail to set aside.
    const after = Array.from({ length: size }, (_, i) => (i % 2 === 0 && i > 0 && i < size - 1 ? `a${i}` : `b${i}`)).join('\n');

    const lines = diffLines(before, after);

    expect(lines.filter((line) => line.type === 'same')).toHaveLength(0);
    expect(lines.filter((line) => line.type === 'del')).toHaveLength(size);
    expect(lines.filter((line) => line.type === 'add')).toHaveLength(size);
  });
});

describe('unifiedDiff', () => {
  const ten = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);

  it('gives no hunk when nothing changed', () => {
    expect(unifiedDiff(text(...ten), text(...ten))).toEqual([]);
  });

  it('writes one changed line with three lines of context, as diff -u does', () => {
    const after = ten.map((line) => (line === 'line 5' ? 'line five' : line));

    expect(formatHunks(unifiedDiff(text(...ten), text(...after)))).toEqual([
      '@@ -2,7 +2,7 @@',
      ' line 2',
      ' line 3',
      ' line 4',
      '-line 5',
      '+line five',
      ' line 6',
      ' line 7',
      ' line 8',
    ]);
  });

  it('numbers an insertion at the very start from line 0 of the old side', () => {
    const hunks = unifiedDiff(text('b'), text('a', 'b'), 0);

    expect(formatHunks(hunks)).toEqual(['@@ -0,0 +1,1 @@', '+a']);
  });

  it('joins changes whose contexts touch and splits changes further apart', () => {
    const near = ten.map((line) => (line === 'line 2' || line === 'line 8' ? `${line}!` : line));
    const far = [...ten, ...ten.map((line) => `${line}b`)].map((line) => (line === 'line 1' || line === 'line 10b' ? `${line}!` : line));

    expect(unifiedDiff(text(...ten), text(...near), 3)).toHaveLength(1);
    expect(unifiedDiff(text(...ten), text(...near), 2)).toHaveLength(2);
    expect(unifiedDiff(text(...ten, ...ten.map((line) => `${line}b`)), text(...far)).map((hunk) => [hunk.oldStart, hunk.oldLines])).toEqual([
      [1, 4],
      [17, 4],
    ]);
  });

  it('changes as few lines as GNU diff --minimal, and rebuilds both sides, on random texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rift-diff-'));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const randomText = () => Array.from({ length: Math.floor(random() * 12) }, () => `v${Math.floor(random() * 5)}`);
    try {
      for (let round = 0; round < 40; round += 1) {
        const before = randomText();
        const after = randomText();
        writeFileSync(join(dir, 'a'), text(...before));
        writeFileSync(join(dir, 'b'), text(...after));

        const ours = diffLines(text(...before), text(...after));
        const gnu = gnuDiff(join(dir, 'a'), join(dir, 'b'));

        expect(ours.filter((line) => line.type !== 'add').map((line) => line.text)).toEqual(before);
        expect(ours.filter((line) => line.type !== 'del').map((line) => line.text)).toEqual(after);
        expect(ours.filter((line) => line.type !== 'same')).toHaveLength(gnu);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// How many lines GNU diff removes and adds at least (exit status 1 means "different").
function gnuDiff(a: string, b: string): number {
  let output = '';
  try {
    output = execFileSync('diff', ['--minimal', '-U0', a, b], { encoding: 'utf8' });
  } catch (err) {
    output = (err as { stdout: string }).stdout;
  }
  return output.split('\n').filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line)).length;
}
