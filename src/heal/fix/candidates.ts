// Candidate edits of one file, tried in order of plausibility: the first one the language's own
// parser accepts becomes the patch.
import type { FixResult } from '../types.ts';

export interface Candidate {
  after: string;
  description: string;
  reason: string;
  /** Last line (1-based, in `after`) that the edit touched; later problems are not its doing. */
  lastTouchedLine: number;
  /** Where the fixer found the problem itself, when the failure's own line was not used (Patch.line). */
  line?: number;
}

/** Syntax problems of a text, first first; empty when it parses. */
export type SyntaxChecker = (text: string) => Promise<{ line: number }[]>;

export interface PickOptions {
  file: string;
  before: string;
  confidence: number;
  check: SyntaxChecker;
}

// Returns a patch of the first candidate that parses cleanly; failing that, of the first that
// leaves problems only well after the edit (another, independent error); else declines.
export async function pickCandidate(candidates: Candidate[], options: PickOptions): Promise<FixResult> {
  const seen = new Set<string>();
  const unique = candidates.filter((c) => c.after !== options.before && !seen.has(c.after) && seen.add(c.after));
  if (unique.length === 0) return { kind: 'decline', reason: 'no candidate edit could be built' };
  const rest: { candidate: Candidate; problems: { line: number }[] }[] = [];
  for (const candidate of unique) {
    const problems = await options.check(candidate.after);
    if (problems.length === 0) return patchOf(candidate, options, options.confidence);
    rest.push({ candidate, problems });
  }
  const later = rest.find(({ candidate, problems }) => problems.every((p) => p.line > candidate.lastTouchedLine + 1));
  if (later) return patchOf(later.candidate, options, options.confidence * 0.8);
  return {
    kind: 'decline',
    reason: `none of ${unique.length} candidate edit(s) parses: ${unique.map((c) => c.description).join('; ')}`,
  };
}

function patchOf(candidate: Candidate, options: PickOptions, confidence: number): FixResult {
  return {
    kind: 'patch',
    patch: {
      edits: [{ file: options.file, before: options.before, after: candidate.after }],
      description: candidate.description,
      confidence,
      reason: candidate.reason,
      ...(candidate.line === undefined ? {} : { line: candidate.line }),
    },
  };
}
