import { afterEach, describe, expect, it } from 'vitest';
import { suspiciousLines } from '../../../../src/heal/fix/logic/suspicious-lines.ts';
import type { RankedLine } from '../../../../src/heal/localise/index.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';
import { lines } from './mutate.ts';

const MODULE = lines('def f(a):', '    b = a + 1', '    if b > 2:', '        return b', '    return a');
const ranked = (...at: Array<[string, number]>): RankedLine[] => at.map(([file, line], i) => ({ file, line, score: 1 - i / 10, onFailingPath: false }));

let workspace: TempWorkspace | null = null;
afterEach(async () => {
  await workspace?.remove();
  workspace = null;
});

describe('suspiciousLines', () => {
  it('keeps the ranked lines RIFT may edit, in rank order, up to the limit', async () => {
    workspace = await tempWorkspace({ 'src/m.py': MODULE, 'tests/test_m.py': 'x = 1\n', 'conftest.py': 'y = 2\n', 'notes.txt': 'z\n' });
    const input = ranked(['tests/test_m.py', 1], ['src/m.py', 3], ['conftest.py', 1], ['notes.txt', 1], ['src/_rift_trace.py', 1], ['src/m.py', 2], ['src/m.py', 5]);

    const selection = await suspiciousLines(input, 2, workspace.reader, false);

    expect(selection.lines.map((l) => [l.file, l.line, l.rank, l.grammar])).toEqual([
      ['src/m.py', 3, 0, 'python'],
      ['src/m.py', 2, 1, 'python'],
    ]);
    expect([...selection.sources.keys()]).toEqual(['src/m.py']);
  });

  it('adds the other statements of the function after a stack-only ranking', async () => {
    workspace = await tempWorkspace({ 'src/m.py': MODULE });

    const selection = await suspiciousLines(ranked(['src/m.py', 4]), 10, workspace.reader, true);

    expect(selection.lines.map((l) => [l.line, l.widened])).toEqual([
      [4, false],
      [2, true],
      [3, true],
      [5, true],
    ]);
  });
});
