// Fault localisation for LOGIC failures: which lines of code under test most likely hold the bug.
// 1. trace the check's tests (Python: a tracer plugin; node:test: V8 coverage per test);
// 2. rank the lines by Ochiai over passing and failing tests, boosted on the failing stacks;
// 3. without a trace, rank the failing stacks' frames (stack-only), saying why;
// 4. when those frames hold no code under test either (a wrong value under vitest or jest), rank
//    the functions the failing tests call (test-calls, JavaScript/TypeScript).
import type { LogicRunner } from '../fix/logic/logic-runner.ts';
import type { Frame } from '../parse/frames.ts';
import { isTestPath } from '../parse/paths.ts';
import type { Check, Failure, WorkspaceReader } from '../types.ts';
import { protectedReason } from '../verify/protected-paths.ts';
import { rankBySpectrum, type RankedLine, type TracedTest } from './ochiai.ts';
import { tracePython } from './python-trace.ts';
import { rankFromStacks } from './stack-only.ts';
import { rankFromTestCalls } from './test-calls.ts';
import { sameTest } from './test-ids.ts';
import type { TestTrace, TracedRun } from './traced-run.ts';
import { traceNodeTests } from './v8-trace.ts';

export type { RankedLine } from './ochiai.ts';
export { focusedTestCommand } from './test-commands.ts';

export interface Localisation {
  ranked: RankedLine[];          // non-test source files only, best first, ties by failing-path then file/line order
  failingTests: string[];        // test ids as the focused command takes them
  passingTests: number;
  method: 'python-trace' | 'v8-coverage' | 'stack-only' | 'test-calls';
  durationMs: number;
  /** Why the method fell back, when it did. */
  note?: string;
}

/** The whole localisation, traced run included, gets this long unless told otherwise. */
export const DEFAULT_LOCALISE_TIMEOUT_MS = 120_000;

/** The traced run's share of the time, so a run that times out still leaves time for the fallback. */
const TRACE_SHARE = 0.75;

/** Ranks the lines of code under test by how likely they cause `failure` (a LOGIC failure of `check`). */
export async function localiseFault(args: { failure: Failure; failures: Failure[] /* all LOGIC failures of the same check */; check: Check; runner: LogicRunner; reader: WorkspaceReader; timeoutMs?: number }): Promise<Localisation> {
  const started = Date.now();
  const { check, runner, reader } = args;
  const timeoutMs = args.timeoutMs ?? DEFAULT_LOCALISE_TIMEOUT_MS;
  const failures = [args.failure, ...args.failures.filter((f) => f !== args.failure && f.check === check.id)];
  const failingTests = [...new Set(failures.flatMap((f) => (f.test ? [f.test] : [])))];
  const done = (result: Omit<Localisation, 'failingTests' | 'durationMs'>): Localisation => ({ ...result, failingTests, durationMs: Date.now() - started });

  const method = traceMethod(check);
  let note = method ? undefined : untracedReason(check);
  if (method) {
    const traced = await runTrace(method, check, runner, reader, Math.round(timeoutMs * TRACE_SHARE));
    if (traced.ok) {
      const ranking = rankTraced(traced.tests, failingTests, failures);
      if (ranking.ok) return done({ ranked: ranking.ranked, passingTests: ranking.passing, method });
      note = ranking.note;
    } else {
      note = traced.note;
    }
  }
  const ranked = await rankFromStacks({ check, failures, failingTests, runner, root: reader.root, timeLeftMs: timeoutMs - (Date.now() - started), keep: isCodeUnderTest });
  if (ranked.length > 0) return done({ ranked, passingTests: 0, method: 'stack-only', note });
  const called = await rankFromTestCalls({ failures, reader, keep: isCodeUnderTest });
  if (called.length === 0) return done({ ranked, passingTests: 0, method: 'stack-only', note });
  const why = 'the failing stacks hold no line of code under test, so the functions the failing tests call are ranked';
  return done({ ranked: called, passingTests: 0, method: 'test-calls', note: note ? `${note}; ${why}` : why });
}

type TraceMethod = 'python-trace' | 'v8-coverage';

// pytest and unittest through the tracer plugin; node:test through V8. vitest and jest transform
// the sources before running them (coverage offsets would need their source maps): stack-only.
function traceMethod(check: Check): TraceMethod | null {
  if (check.tool === 'pytest' || check.tool === 'unittest') return 'python-trace';
  if (check.tool === 'node-test') return 'v8-coverage';
  return null;
}

// What the fallback note says when the tool has no tracer.
function untracedReason(check: Check): string {
  if (check.tool === 'vitest' || check.tool === 'jest') return `${check.tool} runs transformed sources whose coverage is not mapped back yet; ranking the failing stacks`;
  return `no per-test tracer for ${check.tool} checks; ranking the failing stacks`;
}

// The tracer for the method, as one awaited call.
function runTrace(method: TraceMethod, check: Check, runner: LogicRunner, reader: WorkspaceReader, timeoutMs: number): Promise<TracedRun> {
  return method === 'python-trace' ? tracePython(check, runner, reader.root, timeoutMs) : traceNodeTests(check, runner, reader, timeoutMs);
}

type Ranking = { ok: true; ranked: RankedLine[]; passing: number } | { ok: false; note: string };

// The failing side of the spectrum is the LOGIC failures' tests (others failed for other reasons
// and would blur it), or every failed test when the ids cannot be matched.
function rankTraced(tests: TestTrace[], failingTests: string[], failures: Failure[]): Ranking {
  const failed = tests.filter((t) => t.outcome === 'failed');
  const matched = failed.filter((t) => failingTests.some((id) => sameTest(t.id, id)));
  const failing = matched.length > 0 ? matched : failed;
  if (failing.length === 0) return { ok: false, note: 'no test failed under the tracer (a flaky or environment-dependent failure?)' };
  const passed = tests.filter((t) => t.outcome === 'passed');
  const spectrum: TracedTest[] = [...failing.map((t) => ({ failed: true, lines: t.lines })), ...passed.map((t) => ({ failed: false, lines: t.lines }))];
  const path: Frame[] = [...failing.flatMap((t) => t.frames ?? []), ...failures.map((f) => ({ file: f.file, line: f.line }))];
  const ranked = rankBySpectrum(spectrum, path, isCodeUnderTest);
  if (ranked.length === 0) return { ok: false, note: 'the failing tests ran no line of code under test that may be edited' };
  return { ok: true, ranked, passing: passed.length };
}

// Lines RIFT may rank: not tests, not CI or tool configuration, not its own helper files.
function isCodeUnderTest(file: string): boolean {
  const name = file.split('/').pop() ?? file;
  return !isTestPath(file) && protectedReason(file) === null && !name.startsWith('_rift_');
}
