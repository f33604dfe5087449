// E713, E714, F632 and E731 on flake8's own findings, then flake8 again.
import { afterEach, describe, expect, it } from 'vitest';
import { pyIdiomsFixer } from '../../../../src/heal/fix/rule-first/py-lint-idioms.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

describe('pyIdiomsFixer', () => {
  it("writes `not in` and `is not` for a negated membership or identity test (E713, E714)", async () => {
    const membership = await fixFirst(pyIdiomsFixer(), 'def f(a, b):\n    return not a in b\n', 'E713', workspaces);
    const identity = await fixFirst(pyIdiomsFixer(), 'def f(a):\n    return not a is None\n', 'E714', workspaces);

    expect(membership.after).toBe('def f(a, b):\n    return a not in b\n');
    expect(identity.after).toBe('def f(a):\n    return a is not None\n');
    expect([membership.remaining, identity.remaining]).toEqual([[], []]);
  });

  it('compares a literal by equality, negated or not (F632)', async () => {
    const { after, remaining } = await fixFirst(pyIdiomsFixer(), 'def f(a):\n    return a is 1 or a is not "x"\n', 'F632', workspaces);

    expect(after).toBe('def f(a):\n    return a == 1 or a is not "x"\n');
    expect(remaining.map((f) => f.code)).toEqual(['F632']);
  });

  it('turns a lambda bound to a name into a def, with the blank lines a def wants (E731)', async () => {
    const nested = 'def f(b):\n    x = 1\n    square = lambda v, w=2: v * w\n    return square(b) + x\n';
    const top = 'import os\nsquare = lambda v: v * v\nSEP = os.sep\n';

    const inner = await fixFirst(pyIdiomsFixer(), nested, 'E731', workspaces);
    const outer = await fixFirst(pyIdiomsFixer(), top, 'E731', workspaces);

    expect(inner.after).toBe('def f(b):\n    x = 1\n\n    def square(v, w=2):\n        return v * w\n    return square(b) + x\n');
    expect(outer.after).toBe('import os\n\n\ndef square(v):\n    return v * v\n\n\nSEP = os.sep\n');
    expect(inner.patch.description).toBe("turn the lambda assigned to 'square' into a def");
    expect([inner.remaining, outer.remaining]).toEqual([[], []]);
  });
});
