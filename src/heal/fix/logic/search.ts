// Repair by search: single-edit mutants of the most suspicious lines, dropped when they do not
// parse, run cheapest first (the failing tests, then the whole check); pairs of edits only when no
// single one passes. Everything stays within the budget's candidates and time.
import type { Localisation } from '../../localise/index.ts';
import type { Check, Failure, WorkspaceReader } from '../../types.ts';
import { singleCandidate, type Candidate } from './candidate.ts';
import type { Baseline } from './check-run.ts';
import { compiles } from './compiles.ts';
import { batchEvaluator } from './evaluate-batch.ts';
import { commandEvaluator } from './evaluate-commands.ts';
import type { Evaluator } from './evaluator.ts';
import type { LogicRunner } from './logic-runner.ts';
import { mutantsAt } from './mutants.ts';
import { buildPairs } from './pairs.ts';
import { pickWinner, type Winner } from './pick-winner.ts';
import { pytestPlan } from './pytest-batch.ts';
import { suspiciousLines, type SuspiciousLine } from './suspicious-lines.ts';
import { DEFAULT_WINDOW } from './verdict.ts';

export interface MutationBudget {
  maxCandidates: number;
  timeMs: number;
  topLines: number;
  candidateTimeoutMs: number;
}

export const DEFAULT_MUTATION_BUDGET: MutationBudget = { maxCandidates: 300, timeMs: 120_000, topLines: 10, candidateTimeoutMs: 20_000 };

export interface SearchInput {
  failure: Failure;
  check: Check;
  runner: LogicRunner;
  reader: WorkspaceReader;
  localisation: Localisation;
  /** The check on the unchanged code, run when a judgement needs it. */
  baseline: Baseline;
  budget: MutationBudget;
  /** Epoch ms by which the search gives its answer. */
  deadline: number;
}

export interface SearchOutcome {
  winner: Winner | null;
  lines: number;
  built: number;
  tried: number;
  unparsable: number;
  pairsTried: number;
  evaluator: string;
  /** What ran out, when something did. */
  spent: 'time' | 'candidates' | null;
  notes: string[];
  durationMs: number;
}

// Searches for the smallest edit that makes the check pass.
export async function searchRepair(input: SearchInput): Promise<SearchOutcome> {
  const started = Date.now();
  const { budget, reader, localisation } = input;
  const selection = await suspiciousLines(localisation.ranked, budget.topLines, reader, localisation.method === 'stack-only');
  const outcome: SearchOutcome = { winner: null, lines: selection.lines.length, built: 0, tried: 0, unparsable: 0, pairsTried: 0, evaluator: 'none', spent: null, notes: [], durationMs: 0 };
  const finish = () => ({ ...outcome, durationMs: Date.now() - started });
  if (selection.lines.length === 0) {
    outcome.notes.push('the localiser ranked no line RIFT may edit');
    return finish();
  }

  const singles = await buildSingles(selection.lines, selection.sources, budget.maxCandidates, outcome);
  outcome.built = singles.length;
  if (singles.length === 0) {
    outcome.notes.push('no mutation operator applies to the ranked lines');
    return finish();
  }
  // Keeps time to confirm a winner with the whole check after the last candidate ran.
  const reserve = Math.min(budget.candidateTimeoutMs, Math.max(3_000, budget.timeMs / 10));
  const runUntil = input.deadline - reserve;

  let evaluator = await firstEvaluator(input);
  let evaluation = await evaluator.evaluate(singles, runUntil);
  if (evaluation.unusable) {
    outcome.notes.push(`batched runs unusable (${evaluation.unusable}); ran the check's commands instead`);
    evaluator = await commandEvaluator(evaluatorArgs(input));
    evaluation = await evaluator.evaluate(singles, runUntil);
  }
  outcome.evaluator = evaluator.name;
  outcome.tried = evaluation.verdicts.size;
  noteStop(outcome, evaluation.stopped, singles.length, budget);
  const winner = await pickWinner(singles, evaluation.verdicts, evaluator, input.deadline);
  if (winner) return { ...finish(), winner };

  const left = budget.maxCandidates - outcome.tried;
  if (Date.now() >= runUntil || left <= 0) {
    outcome.spent ??= Date.now() >= runUntil ? 'time' : 'candidates';
    return finish();
  }
  const pairs = buildPairs(singles, evaluation.verdicts, left, selection.sources);
  if (pairs.length === 0) {
    outcome.notes.push('no single edit made fewer of the failing tests fail, so no pair was worth trying');
    return finish();
  }
  outcome.built += pairs.length;
  const paired = await evaluator.evaluate(pairs, runUntil);
  outcome.pairsTried = paired.verdicts.size;
  outcome.tried += paired.verdicts.size;
  noteStop(outcome, paired.stopped, pairs.length, budget);
  const pairWinner = await pickWinner(pairs, paired.verdicts, evaluator, input.deadline);
  if (pairWinner) return { ...finish(), winner: pairWinner };
  return finish();
}

// Every line's mutants, in rank order, without duplicates or texts the compiler refuses.
async function buildSingles(lines: SuspiciousLine[], sources: Map<string, string>, max: number, outcome: SearchOutcome): Promise<Candidate[]> {
  const singles: Candidate[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (singles.length >= max) {
      outcome.spent = 'candidates';
      break;
    }
    const source = sources.get(line.file)!;
    const made = await mutantsAt(line.file, source, line.grammar, line.line);
    const fresh = made.mutants.filter((m) => !seen.has(`${m.file}\0${m.after}`) && seen.add(`${m.file}\0${m.after}`));
    const ok = await compiles(line.file, line.grammar, fresh.map((m) => m.after));
    outcome.unparsable += made.unparsable + ok.filter((o) => !o).length;
    for (const [i, mutant] of fresh.entries()) {
      if (ok[i] && singles.length < max) singles.push(singleCandidate(mutant, line.rank, singles.length, source));
    }
  }
  return singles;
}

// What both kinds of evaluator are built from.
function evaluatorArgs(input: SearchInput) {
  return {
    runner: input.runner,
    check: input.check,
    root: input.reader.root,
    failure: input.failure,
    baseline: input.baseline,
    failingTests: input.localisation.failingTests,
    candidateTimeoutMs: input.budget.candidateTimeoutMs,
    window: DEFAULT_WINDOW,
  };
}

// The batched pytest driver when the check is a plain pytest run, else the check's own commands.
async function firstEvaluator(input: SearchInput): Promise<Evaluator> {
  const plan = pytestPlan(input.check, input.localisation.failingTests);
  if (plan) return batchEvaluator({ ...evaluatorArgs(input), plan });
  return commandEvaluator(evaluatorArgs(input));
}

// Records which budget, if any, ended an evaluation early.
function noteStop(outcome: SearchOutcome, stopped: string | null, listed: number, budget: MutationBudget): void {
  if (stopped === 'deadline') outcome.spent = 'time';
  else if (outcome.tried >= budget.maxCandidates && listed > 0) outcome.spent ??= 'candidates';
}
