// Rejects patches that would "fix" a failure dishonestly: touching a protected file, silencing the
// tool, or deleting the code that fails.
import type { Patch } from '../types.ts';
import { protectedReason } from './protected-paths.ts';

const SILENCERS = [/#\s*noqa/i, /#\s*type:\s*ignore/i, /@ts-(ignore|nocheck|expect-error)/, /eslint-disable/, /#\s*pragma:\s*no\s*cover/i];

const DEFINITIONS = [
  /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/gm,
  /^\s*class\s+([A-Za-z_$][\w$]*)/gm,
  /\bfunction\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g,
];

/** Says why a patch must not be applied, or null when it passes every guard. */
export function rejectPatch(patch: Patch): string | null {
  if (patch.edits.length === 0) return 'the patch changes nothing';
  for (const edit of patch.edits) {
    const reason = protectedReason(edit.file);
    if (reason) return reason;
    if (edit.before === edit.after) return `the patch leaves ${edit.file} unchanged`;
    const silencer = SILENCERS.find((pattern) => count(pattern, edit.after) > count(pattern, edit.before));
    if (silencer) return `the patch silences the tool in ${edit.file} instead of fixing the code`;
    const removed = removedDefinitions(edit.before, edit.after);
    if (removed.length > 0) return `the patch deletes ${removed.join(', ')} from ${edit.file}`;
  }
  return null;
}

/** Names of functions and classes defined in `before` that `after` no longer defines. */
export function removedDefinitions(before: string, after: string): string[] {
  const remaining = definedNames(after);
  return [...definedNames(before)].filter((name) => !remaining.has(name));
}

function definedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of DEFINITIONS) for (const match of text.matchAll(pattern)) names.add(match[1]);
  return names;
}

function count(pattern: RegExp, text: string): number {
  return text.split('\n').filter((line) => pattern.test(line)).length;
}
