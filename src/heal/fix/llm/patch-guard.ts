// What an LLM's edits must satisfy before RIFT even runs them: only the files quoted as editable,
// nothing protected (tests, CI, lockfiles), and every guard every other fix passes.
import type { FileEdit } from '../../types.ts';
import { rejectPatch } from '../../verify/patch-guards.ts';
import { protectedReason } from '../../verify/protected-paths.ts';

/** Says why the edits must not be used, or null when they pass. */
export function guardEdits(edits: readonly FileEdit[], allowed: readonly string[]): string | null {
  for (const edit of edits) {
    if (!allowed.includes(edit.file)) return `${edit.file} was not in the failure context (${allowed.join(', ') || 'no file'}); the patch may only touch those`;
    const protectedFile = protectedReason(edit.file);
    if (protectedFile) return protectedFile;
  }
  return rejectPatch({ edits: [...edits], description: '', confidence: 0, reason: '' });
}
