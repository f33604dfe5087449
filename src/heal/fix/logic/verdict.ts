// What running a candidate showed, and the rule that decides which candidates are still worth
// running once one has passed (its line's alternatives, and smaller edits just below it).
import type { Candidate } from './candidate.ts';

export type VerdictKind = 'pass' | 'partial' | 'fail' | 'timeout';

export interface Verdict {
  /** pass: every test passes; partial: the failing test passes and nothing else newly fails. */
  kind: VerdictKind;
  /** Fewer of the failing tests fail than before: worth pairing with another edit. */
  improved: boolean;
  /** Seen with the check's own command (not only the batched run). */
  confirmed: boolean;
}

export interface SearchWindow {
  /** Candidates of the first passing one's line still run, to count alternatives. */
  alternatives: number;
  /** Lines below it whose smaller edits still run. */
  lookahead: number;
}

export const DEFAULT_WINDOW: SearchWindow = { alternatives: 10, lookahead: 2 };

/** Tracks the first passing candidate and says which of the later ones are still worth a run. */
export function searchWindow(window: SearchWindow) {
  let first: Candidate | null = null;
  let alternatives = 0;
  return {
    wanted(candidate: Candidate): boolean {
      if (!first) return true;
      const same = candidate.group === first.group && candidate.size <= first.size && alternatives < window.alternatives;
      const ahead = candidate.group > first.group && candidate.group <= first.group + window.lookahead && candidate.size < first.size;
      if (same) alternatives += 1;
      return same || ahead;
    },
    record(candidate: Candidate, verdict: Verdict): void {
      if (!first && verdict.kind === 'pass') first = candidate;
    },
  };
}
