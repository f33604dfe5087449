// E701, E702, E703 and E401 on flake8's own findings, then flake8 again.
import { afterEach, describe, expect, it } from 'vitest';
import { pyOneStatementFixer } from '../../../../src/heal/fix/rule-first/py-lint-one-statement.ts';
import { pyWhitespaceFixer } from '../../../../src/heal/fix/rule-first/py-lint-whitespace.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { answer, fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

describe('pyOneStatementFixer', () => {
  it("moves a compound statement's body under its header (E701)", async () => {
    const source = 'def f(a, b):\n    if a: return b  # early\n    return a\n';

    const { after, remaining } = await fixFirst(pyOneStatementFixer(), source, 'E701', workspaces);

    expect(after).toBe('def f(a, b):\n    if a:\n        return b  # early\n    return a\n');
    expect(remaining).toEqual([]);
  });

  it('splits statements joined by a semicolon, and drops one ending a statement (E702, E703)', async () => {
    const joined = await fixFirst(pyOneStatementFixer(), 'def f():\n    a = 1; b = 2\n    return a + b\n', 'E702', workspaces);
    const ended = await fixFirst(pyOneStatementFixer(), 'x = 1;\n', 'E703', workspaces);

    expect(joined.after).toBe('def f():\n    a = 1\n    b = 2\n    return a + b\n');
    expect(ended.after).toBe('x = 1\n');
    expect([joined.remaining, ended.remaining]).toEqual([[], []]);
  });

  it('imports each module on its own line (E401)', async () => {
    const { after, remaining } = await fixFirst(pyOneStatementFixer(), 'import os, sys as system\n\nprint(os.sep, system.path)\n', 'E401', workspaces);

    expect(after).toBe('import os\nimport sys as system\n\nprint(os.sep, system.path)\n');
    expect(remaining).toEqual([]);
  });

  it("leaves a header's body joined by a semicolon to the E701 fix, which moves its statements together", async () => {
    const source = 'def f(a, xs):\n    if a: xs.append(1); xs.append(2)\n    return xs\n';

    const joined = await answer(pyOneStatementFixer(), source, 'E702', workspaces);
    const header = await fixFirst(pyOneStatementFixer(), source, 'E701', workspaces);

    expect(joined).toEqual({ kind: 'decline', reason: "line 2 is a compound statement's header with its body: the body's statements go together" });
    expect(header.after).toBe('def f(a, xs):\n    if a:\n        xs.append(1)\n        xs.append(2)\n    return xs\n');
    expect(header.remaining).toEqual([]);
  });
});

describe('pyWhitespaceFixer, spaces pycodestyle wants gone (E203, E251)', () => {
  it("removes the space before ':' and both spaces around a keyword's '='", async () => {
    const slice = await fixFirst(pyWhitespaceFixer(), 'x = [1, 2, 3]\ny = x[1 :2]\n', 'E203', workspaces);
    const keyword = await fixFirst(pyWhitespaceFixer(), 'def f(a, b = 2):\n    return a + b\n', 'E251', workspaces);

    expect(slice.after).toBe('x = [1, 2, 3]\ny = x[1:2]\n');
    expect(keyword.after).toBe('def f(a, b=2):\n    return a + b\n');
    expect([slice.remaining, keyword.remaining]).toEqual([[], []]);
  });
});
