// A candidate patch of the search: one mutant, or a pair of them, with the file edits it makes
// and where it ranks (size first, then the suspicious line it came from, then generation order).
import type { FileEdit } from '../../types.ts';
import { applyMutation, type Mutant } from './mutants.ts';
import { snippet } from './mutation.ts';

export interface Candidate {
  id: string;
  mutants: Mutant[];
  /** Tokens changed, over all its mutants. */
  size: number;
  /** Rank (0 = most suspicious) of the lowest-ranked line it touches. */
  group: number;
  /** Generation order, the last tie-breaker. */
  order: number;
  description: string;
  edits: FileEdit[];
}

// A single-edit candidate.
export function singleCandidate(mutant: Mutant, group: number, order: number, original: string): Candidate {
  return {
    id: `m${order}`,
    mutants: [mutant],
    size: mutant.size,
    group,
    order,
    description: mutant.description,
    edits: [{ file: mutant.file, before: original, after: mutant.after }],
  };
}

// Two single edits at once; null when they overlap (they would not both apply).
export function pairCandidate(a: Candidate, b: Candidate, order: number, originals: ReadonlyMap<string, string>): Candidate | null {
  const [first, second] = [a.mutants[0], b.mutants[0]];
  if (first.file === second.file && first.start < second.end && second.start < first.end) return null;
  if (first.file === second.file && first.start === second.start) return null;
  const files = [...new Set([first.file, second.file])];
  const edits = files.map((file) => {
    const before = originals.get(file)!;
    const mine = [first, second].filter((m) => m.file === file).sort((x, y) => y.start - x.start);
    return { file, before, after: mine.reduce((text, m) => applyMutation(text, m), before) };
  });
  return {
    id: `p${order}`,
    mutants: [first, second],
    size: a.size + b.size,
    group: Math.max(a.group, b.group),
    order,
    description: pairDescription(first, second, edits),
    edits,
  };
}

// Two edits of one line are told as that line's change; edits of two lines one by one.
function pairDescription(first: Mutant, second: Mutant, edits: FileEdit[]): string {
  const edit = edits.find((e) => e.file === first.file)!;
  const row = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
  const line = row(edit.before, first.start);
  if (first.file !== second.file || row(edit.before, second.start) !== line) return `${first.description} and ${second.description}`;
  const [before, after] = [edit.before.split('\n')[line], edit.after.split('\n')[line]];
  return `change \`${snippet(before)}\` to \`${snippet(after)}\``;
}

/** Best first: the smallest edit, then the most suspicious line, then the order tried. */
export function byPreference(a: Candidate, b: Candidate): number {
  return a.size - b.size || a.group - b.group || a.order - b.order;
}
