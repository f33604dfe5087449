// Runs candidates with the check's own commands, one at a time: the failing tests alone first (the
// focused command), and the whole check only for a candidate that makes them pass.
import { focusedTestCommand } from '../../localise/test-commands.ts';
import { parseCheckOutput } from '../../parse/index.ts';
import type { Check, Failure } from '../../types.ts';
import type { Candidate } from './candidate.ts';
import { failedTests, judgeWhole, runWholeCheck, type Baseline } from './check-run.ts';
import type { Evaluator } from './evaluator.ts';
import type { LogicRunner } from './logic-runner.ts';
import { searchWindow, type SearchWindow, type Verdict } from './verdict.ts';

export interface CommandEvaluatorArgs {
  runner: LogicRunner;
  check: Check;
  root: string;
  failure: Failure;
  baseline: Baseline;
  failingTests: string[];
  candidateTimeoutMs: number;
  window: SearchWindow;
}

/** A candidate that loops forever must not cost more than a few times an honest run. */
export function runTimeout(durationMs: number, floorMs: number, capMs: number): number {
  return Math.min(capMs, Math.max(floorMs, 4 * durationMs));
}

// The evaluator; it runs the focused command once on the unchanged code to make sure it selects
// the failing tests (if they pass there, focusing does not work and the whole check is used).
export async function commandEvaluator(args: CommandEvaluatorArgs): Promise<Evaluator> {
  const { runner, check, root, failure, baseline } = args;
  const parse = (output: string) => ({ failures: parseCheckOutput(output, { repoRoot: root, cwd: check.cwd, check: check.id }) });
  let focused = focusedTestCommand(check, args.failingTests);
  let focusedFailing = 0;
  let focusTimeout = args.candidateTimeoutMs;
  if (focused) {
    const original = await runner.run(focused, { cwd: check.cwd, timeoutMs: args.candidateTimeoutMs });
    focusedFailing = failedTests(parse(original.output));
    focusTimeout = runTimeout(original.durationMs, 3_000, args.candidateTimeoutMs);
    if (original.exitCode === 0 || original.timedOut) focused = null;
  }
  const unusable = focused ? undefined : (await baseline.get()).passed ? 'the check passes without any change' : undefined;
  const whole = new Map<string, 'pass' | 'partial' | 'fail'>();
  const wholeTimeout = () => runTimeout(baseline.known()?.durationMs ?? args.candidateTimeoutMs, 5_000, args.candidateTimeoutMs);

  async function judge(candidate: Candidate): Promise<Verdict> {
    const after = await runWholeCheck(runner, check, root, candidate.edits, wholeTimeout());
    if (after.timedOut) return { kind: 'timeout', improved: false, confirmed: true };
    const kind = await judgeWhole(failure, baseline, after);
    whole.set(candidate.id, kind);
    if (kind !== 'fail') return { kind, improved: true, confirmed: true };
    const fewer = after.failures.every((f) => f.bugType === 'LOGIC') && failedTests(after) < failedTests(await baseline.get());
    return { kind, improved: fewer, confirmed: true };
  }

  async function evaluateOne(candidate: Candidate): Promise<Verdict> {
    if (focused) {
      const run = await runner.run(focused, { cwd: check.cwd, edits: candidate.edits, timeoutMs: focusTimeout });
      if (run.timedOut) return { kind: 'timeout', improved: false, confirmed: false };
      if (run.exitCode !== 0) {
        const failing = parse(run.output).failures;
        const improved = failing.length > 0 && failing.every((f) => f.bugType === 'LOGIC') && failedTests({ failures: failing }) < focusedFailing;
        return { kind: 'fail', improved, confirmed: false };
      }
    }
    return judge(candidate);
  }

  return {
    name: focused ? 'focused command, then the whole check' : 'the whole check',
    async evaluate(candidates, deadline) {
      if (unusable) return { verdicts: new Map(), stopped: null, unusable };
      const verdicts = new Map<string, Verdict>();
      const window = searchWindow(args.window);
      for (const candidate of candidates) {
        if (!window.wanted(candidate)) continue;
        if (Date.now() >= deadline) return { verdicts, stopped: 'deadline' };
        const verdict = await evaluateOne(candidate);
        verdicts.set(candidate.id, verdict);
        window.record(candidate, verdict);
      }
      return { verdicts, stopped: null };
    },
    async confirm(candidate) {
      const known = whole.get(candidate.id);
      if (known) return known;
      const verdict = await judge(candidate);
      return verdict.kind === 'timeout' ? 'fail' : verdict.kind;
    },
  };
}
