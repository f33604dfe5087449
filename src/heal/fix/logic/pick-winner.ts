// Chooses the patch among the candidates that passed: the smallest, then the best-ranked line,
// confirmed with the check's own command; one that every test passes with beats one that only
// fixes its failure.
import { byPreference, type Candidate } from './candidate.ts';
import type { Evaluator } from './evaluator.ts';
import type { Verdict } from './verdict.ts';

/** Confirmation runs the whole check: a few at most. */
const MAX_CONFIRMATIONS = 4;

export interface Winner {
  candidate: Candidate;
  kind: 'pass' | 'partial';
  /** Other candidates the tests could not tell from it. */
  alternatives: number;
}

// The confirmed best candidate, or null when none confirms.
export async function pickWinner(candidates: Candidate[], verdicts: ReadonlyMap<string, Verdict>, evaluator: Evaluator, deadline: number): Promise<Winner | null> {
  const of = (kind: Verdict['kind']) => candidates.filter((c) => verdicts.get(c.id)?.kind === kind).sort(byPreference);
  const passes = of('pass');
  const partials = of('partial');
  let fallback: Winner | null = null;
  let confirmations = 0;
  for (const candidate of [...passes, ...partials]) {
    const verdict = verdicts.get(candidate.id)!;
    let outcome: 'pass' | 'partial' | 'fail' = verdict.kind === 'pass' || verdict.kind === 'partial' ? verdict.kind : 'fail';
    if (!verdict.confirmed) {
      if (confirmations >= MAX_CONFIRMATIONS || Date.now() >= deadline) break;
      confirmations += 1;
      outcome = await evaluator.confirm(candidate, deadline);
    }
    if (outcome === 'pass') return { candidate, kind: 'pass', alternatives: passes.length - 1 };
    if (outcome === 'partial' && !fallback) fallback = { candidate, kind: 'partial', alternatives: passes.length + partials.length - 1 };
  }
  return fallback;
}
