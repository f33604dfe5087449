// Splicing several small replacements into a file's text at once, for the TYPE_ERROR fixers of
// both languages (offsets are of the original text, so edits never shift each other).
import type { Candidate } from '../candidates.ts';
import { indexLines, lineOf } from '../text-lines.ts';

/** Replace text[start, end) with insert. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

// Applies non-overlapping edits, last first, and records the last line they touched.
export function typeEditCandidate(text: string, edits: TextEdit[], description: string, reason: string): Candidate {
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  let after = text;
  for (const edit of ordered) after = after.slice(0, edit.start) + edit.insert + after.slice(edit.end);
  // The last edit in the text ends at its original end shifted by the length changes before it.
  const last = ordered[0];
  const shift = ordered.slice(1).reduce((sum, e) => sum + e.insert.length - (e.end - e.start), 0);
  const lastTouchedLine = lineOf(indexLines(after), Math.max(last.start + shift + last.insert.length - 1, 0));
  return { after, description, reason, lastTouchedLine };
}
