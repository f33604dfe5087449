// The consensus vote, pure: candidates grouped by the behaviour their run showed (the failures left;
// none = every check green) and, within it, by whitespace-insensitive patch text. The largest group
// that the gate would keep wins; a tie goes to the full pass, then to the smaller patch.
import { normalisePatch, patchSize } from './answer-format.ts';
import { behaviourOf, type Trial } from './candidate.ts';

/** One sample: the model asked and what became of its answer (null when the call itself failed). */
export interface Sample {
  model: string;
  trial: Trial | null;
  /** Why the call failed, when it did. */
  error?: string;
}

type RunTrial = Extract<Trial, { stage: 'run' }>;

export interface VoteGroup {
  /** Indexes into the samples. */
  members: number[];
  models: string[];
  passes: boolean;
  judgement: RunTrial['judgement'];
  /** The failures the group's runs left (failure keys). */
  failing: string[];
  size: number;
  patchSize: number;
  /** The first member's trial: the patch the group proposes. */
  trial: RunTrial;
}

/** What goes to fixes.consensus_votes: JSON only. */
export interface ConsensusVotes {
  candidates: number;
  /** Answers in the format, guarded or not: the denominator of the agreement. */
  parsed: number;
  groups: Array<{ size: number; passes: boolean; models: string[]; failing?: string[] }>;
  /** Index into groups, or null when no group passed. */
  winner: number | null;
  rejected: Array<{ model: string; reason: string }>;
}

export interface Tally {
  groups: VoteGroup[];
  winner: VoteGroup | null;
  votes: ConsensusVotes;
}

// Groups the samples that ran, picks the winner, and writes the record of the vote.
export function tally(samples: readonly Sample[]): Tally {
  const byKey = new Map<string, VoteGroup>();
  samples.forEach((sample, index) => {
    const trial = sample.trial;
    if (trial?.stage !== 'run') return;
    const failing = behaviourOf(trial.after);
    const key = `${failing.join('\n')}\u0000${normalisePatch(trial.edits)}`;
    const group = byKey.get(key);
    if (group) {
      group.members.push(index);
      group.size += 1;
      if (!group.models.includes(sample.model)) group.models.push(sample.model);
      return;
    }
    const passes = trial.judgement !== 'fail';
    byKey.set(key, { members: [index], models: [sample.model], passes, judgement: trial.judgement, failing, size: 1, patchSize: patchSize(trial.edits), trial });
  });
  const groups = [...byKey.values()].sort(better);
  const winner = groups.find((g) => g.passes) ?? null;
  const parsed = samples.filter((s) => s.trial !== null && s.trial.stage !== 'parse').length;
  const rejected = samples.flatMap((s) => (s.trial === null ? [{ model: s.model, reason: s.error ?? 'no answer' }] : s.trial.stage === 'run' ? [] : [{ model: s.model, reason: s.trial.reason }]));
  return {
    groups,
    winner,
    votes: {
      candidates: samples.length,
      parsed,
      groups: groups.map((g) => ({ size: g.size, passes: g.passes, models: g.models, ...(g.failing.length ? { failing: g.failing } : {}) })),
      winner: winner ? groups.indexOf(winner) : null,
      rejected,
    },
  };
}

// Passing groups first; then the larger, the full pass, the smaller patch.
function better(a: VoteGroup, b: VoteGroup): number {
  if (a.passes !== b.passes) return a.passes ? -1 : 1;
  if (a.size !== b.size) return b.size - a.size;
  if (a.judgement !== b.judgement) return a.judgement === 'pass' ? -1 : 1;
  return a.patchSize - b.patchSize;
}

/** The agreement: the winning group's share of the answers that parsed, capped. */
export function agreement(winner: VoteGroup, parsed: number): number {
  const share = winner.size / Math.max(parsed, winner.size);
  const confidence = Math.min(0.95, share) - (winner.judgement === 'partial' ? 0.1 : 0);
  return Math.round(Math.max(0.1, confidence) * 100) / 100;
}
