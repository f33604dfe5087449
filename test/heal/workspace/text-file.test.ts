import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../../src/heal/workspace/text-file.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rift-text-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readTextFile', () => {
  it('reads UTF-8 text, multi-byte characters included', async () => {
    const file = write('a.py', 'name = "Zoë → ok"\n');

    const result = await readTextFile(file);

    expect(result).toEqual({ ok: true, text: 'name = "Zoë → ok"\n' });
  });

  it('reads an empty file', async () => {
    const result = await readTextFile(write('empty.py', ''));

    expect(result).toEqual({ ok: true, text: '' });
  });

  it('refuses a binary file', async () => {
    const file = write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));

    const result = await readTextFile(file);

    expect(result).toEqual({ ok: false, reason: 'file is binary' });
  });

  it('refuses a file that is not valid UTF-8', async () => {
    const file = write('latin1.py', Buffer.from('caf\xe9 = 1\n', 'latin1'));

    const result = await readTextFile(file);

    expect(result).toEqual({ ok: false, reason: 'file is not valid UTF-8' });
  });

  it('refuses a file larger than 1 MB and reads one of exactly 1 MB', async () => {
    const big = write('big.txt', 'a'.repeat(MAX_TEXT_FILE_BYTES + 1));
    const limit = write('limit.txt', 'a'.repeat(MAX_TEXT_FILE_BYTES));

    expect(await readTextFile(big)).toEqual({ ok: false, reason: 'file is larger than 1048576 bytes' });
    expect((await readTextFile(limit)).ok).toBe(true);
  });

  it('refuses a missing file and a directory', async () => {
    expect(await readTextFile(path.join(dir, 'missing.py'))).toEqual({ ok: false, reason: 'file does not exist' });
    expect(await readTextFile(dir)).toEqual({ ok: false, reason: 'file does not exist' });
  });
});
