// W605, invalid escape sequences: the fixed string must keep its value, which Python itself checks.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { pyEscapeFixer } from '../../../../src/heal/fix/rule-first/py-lint-escape.ts';
import type { TempWorkspace } from '../tool-runs.ts';
import { answer, fixFirst } from './py-lint-flake8.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

// The value of the module's VALUE, as Python computes it (warnings silenced).
function valueOf(source: string): string {
  return execFileSync('python3', ['-W', 'ignore', '-c', `${source}\nprint(repr(VALUE))`], { encoding: 'utf8' });
}

describe('pyEscapeFixer (W605)', () => {
  it('makes a string raw when its every backslash is an invalid escape, keeping its value', async () => {
    const source = 'import re\n\nVALUE = re.compile("\\w+\\s*\\d").pattern\n';

    const { patch, after, remaining } = await fixFirst(pyEscapeFixer(), source, 'W605', workspaces);

    expect(after).toBe('import re\n\nVALUE = re.compile(r"\\w+\\s*\\d").pattern\n');
    expect(patch.description).toBe('make the string raw');
    expect(remaining).toEqual([]);
    expect(valueOf(after)).toBe(valueOf(source));
  });

  it('doubles only the invalid backslashes when the string holds a real escape too', async () => {
    const source = "VALUE = 'col\\tname\\d'\n";

    const { patch, after, remaining } = await fixFirst(pyEscapeFixer(), source, 'W605', workspaces);

    expect(after).toBe("VALUE = 'col\\tname\\\\d'\n");
    expect(patch.description).toBe('escape the backslash of the invalid escape sequence');
    expect(remaining).toEqual([]);
    expect(valueOf(after)).toBe(valueOf(source));
  });

  it('keeps an f-string an f-string, and a u-string out of the raw form Python 3 lacks', async () => {
    const fString = 'n = 2\nVALUE = f"\\d{{{n}}}"\n';
    const uString = "VALUE = u'\\d'\n";

    const f = await fixFirst(pyEscapeFixer(), fString, 'W605', workspaces);
    const u = await fixFirst(pyEscapeFixer(), uString, 'W605', workspaces);

    expect(f.after).toBe('n = 2\nVALUE = fr"\\d{{{n}}}"\n');
    expect(u.after).toBe("VALUE = u'\\\\d'\n");
    expect([f.remaining, u.remaining]).toEqual([[], []]);
    expect([valueOf(f.after), valueOf(u.after)]).toEqual([valueOf(fString), valueOf(uString)]);
  });

  it('declines another code', async () => {
    const result = await answer(pyEscapeFixer(), 'import os\n', 'F401', workspaces);

    expect(result.kind).toBe('decline');
  });
});
