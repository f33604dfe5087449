// The check's own command, run through the LOGIC runner (optionally with a candidate in place) and
// parsed like the pipeline parses it, so the search judges a candidate as the gate will.
import { parseCheckOutput } from '../../parse/index.ts';
import type { Check, CheckResult, Failure, FileEdit } from '../../types.ts';
import { judgePatch } from '../../verify/gate.ts';
import type { LogicRunner } from './logic-runner.ts';

// The check's result with `edits` in place for the run only.
export async function runWholeCheck(runner: LogicRunner, check: Check, root: string, edits: FileEdit[], timeoutMs?: number): Promise<CheckResult> {
  const run = await runner.run(check.command, { cwd: check.cwd, edits, timeoutMs });
  const passed = run.exitCode === 0 && !run.timedOut;
  return {
    check,
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    output: run.output,
    durationMs: run.durationMs,
    failures: passed ? [] : parseCheckOutput(run.output, { repoRoot: root, cwd: check.cwd, check: check.id }),
    passed,
  };
}

/** The check on the unchanged code, run only when a judgement needs it (a whole run costs seconds). */
export interface Baseline {
  get(): Promise<CheckResult>;
  /** The result if it was run already. */
  known(): CheckResult | null;
}

// Runs the unchanged check at most once, on first need, and remembers the result; the pipeline's
// fresh result of the check, when the runner has one, is that run already.
export function lazyBaseline(runner: LogicRunner, check: Check, root: string, timeoutMs: number): Baseline {
  let result: CheckResult | null = runner.current?.(check.id) ?? null;
  let running: Promise<CheckResult> | null = null;
  return {
    get() {
      running ??= result ? Promise.resolve(result) : runWholeCheck(runner, check, root, [], timeoutMs).then((r) => (result = r));
      return running;
    },
    known: () => result,
  };
}

// How the gate would see the candidate: every check green, or the failure gone with nothing new.
export async function judgeWhole(failure: Failure, baseline: Baseline, after: CheckResult): Promise<'pass' | 'partial' | 'fail'> {
  if (after.passed) return 'pass';
  if (after.timedOut) return 'fail';
  return judgePatch(failure, await baseline.get(), after).keep ? 'partial' : 'fail';
}

/** Failed tests in a result: the LOGIC failures that name their test. */
export function failedTests(result: Pick<CheckResult, 'failures'>): number {
  return result.failures.filter((f) => f.bugType === 'LOGIC' && f.test !== undefined).length;
}
