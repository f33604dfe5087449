import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWithin, resolveInside } from '../../../src/heal/workspace/safe-path.ts';

let base: string;
let root: string;
let outside: string;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'rift-safe-'));
  root = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'src'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'src', 'a.py'), 'x = 1\n');
  writeFileSync(path.join(outside, 'secret.txt'), 'secret\n');
});

afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('resolves a relative path inside the root', async () => {
    const resolved = await resolveInside(root, 'src/a.py');

    expect(resolved).toBe(path.join(root, 'src', 'a.py'));
  });

  it('resolves a file that does not exist yet', async () => {
    const resolved = await resolveInside(root, 'src/new/b.py');

    expect(resolved).toBe(path.join(root, 'src', 'new', 'b.py'));
  });

  it.each(['', '/etc/passwd', '../outside/secret.txt', 'src/../../outside/secret.txt', 'src\\..\\..\\x'])('refuses %j', async (file) => {
    const resolved = await resolveInside(root, file);

    expect(resolved).toBeNull();
  });

  it('refuses a path through a symlinked directory pointing out of the root', async () => {
    symlinkSync(outside, path.join(root, 'link'));

    const resolved = await resolveInside(root, 'link/secret.txt');

    expect(resolved).toBeNull();
  });

  it('refuses a symlinked file, even one pointing inside the root', async () => {
    symlinkSync(path.join(root, 'src', 'a.py'), path.join(root, 'alias.py'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'src', 'secret.txt'));

    expect(await resolveInside(root, 'alias.py')).toBeNull();
    expect(await resolveInside(root, 'src/secret.txt')).toBeNull();
  });
});

describe('isWithin', () => {
  it('is true for the parent itself and anything below it', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b/c/d')).toBe(true);
  });

  it('is false for a sibling sharing a prefix and for a parent', () => {
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
  });
});
