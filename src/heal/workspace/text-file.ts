// Decides whether a file is text RIFT may read and edit: not binary, valid UTF-8, not huge.
import { readFile, stat } from 'node:fs/promises';

/** Files larger than this are never read or edited: a fix never needs one, and it could exhaust memory. */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

export type TextReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a file as UTF-8 text, or says why it is not one RIFT will touch. */
export async function readTextFile(absolutePath: string): Promise<TextReadResult> {
  const info = await stat(absolutePath).catch(() => null);
  if (!info || !info.isFile()) return { ok: false, reason: 'file does not exist' };
  if (info.size > MAX_TEXT_FILE_BYTES) return { ok: false, reason: `file is larger than ${MAX_TEXT_FILE_BYTES} bytes` };

  const bytes = await readFile(absolutePath);
  if (bytes.includes(0)) return { ok: false, reason: 'file is binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'file is not valid UTF-8' };
  }
}
