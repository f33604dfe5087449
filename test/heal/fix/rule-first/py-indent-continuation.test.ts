// E127/E128 and E122, continuation lines inside brackets, on flake8's own findings.
import { afterEach, describe, expect, it } from 'vitest';
import { pyContinuationFixer } from '../../../../src/heal/fix/rule-first/py-indent-continuation.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { answer, fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

describe('pyContinuationFixer', () => {
  it('aligns an under-indented line with the code after the open bracket (E128)', async () => {
    const source = 'def line(label, value):\n    return "%s: %s" % (label,\n        value)\n';

    const { patch, after, remaining } = await fixFirst(pyContinuationFixer(), source, 'E128', workspaces);

    expect(after).toBe('def line(label, value):\n    return "%s: %s" % (label,\n                       value)\n');
    expect(patch.description).toBe('align the continuation line with the open bracket');
    expect(remaining).toEqual([]);
  });

  it('aligns an over-indented line with the innermost open bracket (E127)', async () => {
    const source = 'rows = [dict(name="a",\n                      qty=1)]\n';

    const { after, remaining } = await fixFirst(pyContinuationFixer(), source, 'E127', workspaces);

    expect(after).toBe('rows = [dict(name="a",\n             qty=1)]\n');
    expect(remaining).toEqual([]);
  });

  it('hangs a line one indent under the line that opens a bracket ending its line (E122)', async () => {
    const source = 'def total(xs):\n    return sum(\nxs)\n';

    const { patch, after, remaining } = await fixFirst(pyContinuationFixer(), source, 'E122', workspaces);

    expect(after).toBe('def total(xs):\n    return sum(\n        xs)\n');
    expect(patch.description).toBe('indent the continuation line one level under the line that opens the bracket');
    expect(remaining).toEqual([]);
  });

  it('declines another indentation code', async () => {
    const result = await answer(pyContinuationFixer(), 'if True:\n   x = 1\n', 'E111', workspaces);

    expect(result).toEqual({ kind: 'decline', reason: 'not a continuation-line finding: E111' });
  });
});
