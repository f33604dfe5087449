// The search told in words: the patch's reason (recorded as the trace's thought) and the reason
// to decline, each with how many candidates ran, how long it took and what won or ran out.
import type { Localisation } from '../../localise/index.ts';
import type { MutationBudget, SearchOutcome } from './search.ts';

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function localised(localisation: Localisation): string {
  const note = localisation.note ? `; ${localisation.note}` : '';
  return `${localisation.method} localisation in ${secs(localisation.durationMs)}, ${localisation.ranked.length} line(s) ranked${note}`;
}

function searched(outcome: SearchOutcome): string {
  const pairs = outcome.pairsTried > 0 ? ` (${outcome.pairsTried} of them pairs)` : '';
  return `${outcome.tried} of ${outcome.built} candidate(s) on ${outcome.lines} line(s) run in ${secs(outcome.durationMs)}${pairs}, ${outcome.unparsable} dropped for not parsing; runner: ${outcome.evaluator}`;
}

// Why this patch: how it was found and how many others passed too.
export function patchReason(outcome: SearchOutcome, localisation: Localisation, file: string, line: number): string {
  const winner = outcome.winner!;
  const kind = winner.kind === 'pass' ? 'every test passes' : 'its failing test passes and no other test newly fails';
  return [
    `Mutation search (${localised(localisation)}): ${searched(outcome)}.`,
    `Winner: ${winner.candidate.description} at ${file} line ${line} (suspicious line #${winner.candidate.group + 1}, ${winner.candidate.size} token(s)): ${kind}.`,
    `${winner.alternatives} other candidate(s) also passed.`,
  ].join(' ');
}

// Why no patch: what was tried and which limit, if any, ran out.
export function declineReason(outcome: SearchOutcome, localisation: Localisation, budget: MutationBudget): string {
  const spent = outcome.spent ? `the ${outcome.spent === 'time' ? `time budget (${secs(budget.timeMs)})` : `candidate budget (${budget.maxCandidates})`} ran out; ` : '';
  const notes = outcome.notes.length ? `; ${outcome.notes.join('; ')}` : '';
  return `no edit of up to two mutations made the tests pass: ${spent}${searched(outcome)} (${localised(localisation)})${notes}`;
}
