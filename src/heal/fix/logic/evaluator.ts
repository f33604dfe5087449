// The interface between the search and the ways of running candidates (a batched pytest driver,
// or the check's own commands one candidate at a time).
import type { Candidate } from './candidate.ts';
import type { Verdict } from './verdict.ts';

export interface Evaluation {
  verdicts: Map<string, Verdict>;
  /** Why it stopped before the end of the list (deadline), or null. */
  stopped: string | null;
  /** Set when this evaluator cannot judge this check at all: the search falls back to another. */
  unusable?: string;
}

export interface Evaluator {
  name: string;
  /** Runs the candidates in order (skipping what the window rule rules out) until the deadline. */
  evaluate(candidates: Candidate[], deadline: number): Promise<Evaluation>;
  /** Runs the check's own command with the candidate: 'pass', 'partial' (the gate would keep it) or 'fail'. */
  confirm(candidate: Candidate, deadline: number): Promise<'pass' | 'partial' | 'fail'>;
}
