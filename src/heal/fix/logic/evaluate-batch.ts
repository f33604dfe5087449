// Runs candidates of a pytest check in one driver process per batch (pytest-batch.ts); a candidate
// that passes there is confirmed with the check's own command before it can win.
import type { Check, Failure } from '../../types.ts';
import { judgeWhole, runWholeCheck, type Baseline } from './check-run.ts';
import { runTimeout } from './evaluate-commands.ts';
import type { Evaluator } from './evaluator.ts';
import type { LogicRunner } from './logic-runner.ts';
import { runPytestBatch, type MutantRun, type PytestPlan, type TestRun } from './pytest-batch.ts';
import type { SearchWindow, Verdict } from './verdict.ts';

export interface BatchEvaluatorArgs {
  runner: LogicRunner;
  check: Check;
  root: string;
  failure: Failure;
  baseline: Baseline;
  plan: PytestPlan;
  candidateTimeoutMs: number;
  window: SearchWindow;
}

// The evaluator for a check pytestPlan() accepted.
export function batchEvaluator(args: BatchEvaluatorArgs): Evaluator {
  const { runner, check, root, failure, baseline } = args;
  let wholeTimeout = args.candidateTimeoutMs;
  return {
    name: 'batched pytest runs, then the whole check',
    async evaluate(candidates, deadline) {
      const timeoutMs = deadline - Date.now();
      if (timeoutMs < 3_000) return { verdicts: new Map(), stopped: 'deadline' };
      const mutants = candidates.map((c) => ({
        id: c.id,
        group: c.group,
        size: c.size,
        edits: c.mutants.map((m) => ({ file: m.file, original: c.edits.find((e) => e.file === m.file)!.before, start: m.start, end: m.end, insert: m.insert })),
      }));
      const outcome = await runPytestBatch(runner, check, args.plan, mutants, { root, timeoutMs, perMutantMs: args.candidateTimeoutMs, window: args.window });
      const original = outcome.original;
      if (!original || original.focus.code !== 1) {
        const why = original ? `the failing tests ${original.focus.code === 0 ? 'pass' : `exit ${original.focus.code}`} in the driver` : outcome.stopped;
        return { verdicts: new Map(), stopped: null, unusable: why };
      }
      // The driver's first run imports and warms everything: a whole check costs about as much.
      wholeTimeout = runTimeout(original.ms, 5_000, args.candidateTimeoutMs);
      const verdicts = new Map<string, Verdict>();
      for (const [id, run] of outcome.results) verdicts.set(id, verdictOf(run, original));
      return { verdicts, stopped: outcome.stopped === 'deadline' ? 'deadline' : null };
    },
    async confirm(candidate) {
      const after = await runWholeCheck(runner, check, root, candidate.edits, wholeTimeout);
      return judgeWhole(failure, baseline, after);
    },
  };
}

// pass: all tests pass; partial: the focused tests pass and the rest fail no more than before.
function verdictOf(run: MutantRun, original: { focus: TestRun; full: TestRun | null }): Verdict {
  if (run.focus.timedOut || run.full?.timedOut) return { kind: 'timeout', improved: false, confirmed: false };
  const focusPassed = run.focus.code === 0;
  if (focusPassed && (run.full === null || run.full.code === 0)) return { kind: 'pass', improved: true, confirmed: false };
  if (focusPassed && run.full && original.full && run.full.code === 1 && isStrictSubset(run.full.failed, original.full.failed)) {
    return { kind: 'partial', improved: true, confirmed: false };
  }
  const improved = run.focus.code === 1 && run.focus.failed.length < original.focus.failed.length;
  return { kind: 'fail', improved, confirmed: false };
}

function isStrictSubset(small: string[], big: string[]): boolean {
  return small.length < big.length && small.every((id) => big.includes(id));
}
