// Where to look for a remembered fix that was made outside the failure's file (the code a test
// calls): the editable files of the fix's language, those the failing file names first.
import { basename, extname } from 'node:path';
import type { Language, WorkspaceReader } from '../../types.ts';
import { protectedReason } from '../../verify/protected-paths.ts';
import { languageOf } from '../language.ts';

/** Most files searched for one pattern. */
export const MAX_TARGET_FILES = 200;

/** Candidate files, most likely first: named in the failing file's text, then by path. */
export async function targetFiles(reader: WorkspaceReader, language: Language, failureText: string): Promise<string[]> {
  const words = new Set(failureText.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? []);
  const named = (file: string): boolean => words.has(basename(file, extname(file)));
  const files = (await reader.listFiles()).filter((file) => languageOf(file) === language && !protectedReason(file));
  return files
    .sort((a, b) => Number(named(b)) - Number(named(a)) || a.localeCompare(b))
    .slice(0, MAX_TARGET_FILES);
}
