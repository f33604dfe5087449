// Runs a Python check's tests under the tracer plugin and reads back which lines each test ran.
// pytest checks run as they are; unittest suites run through pytest (which runs TestCases), when
// pytest is installed.
import path from 'node:path';
import type { LogicRunner } from '../fix/logic/logic-runner.ts';
import type { Check } from '../types.ts';
import { PYTHON_TRACER_SOURCE, TRACE_REPORT_FILE, TRACER_FILE, TRACER_MODULE } from './python-tracer.ts';
import { splitAndChain, type ShellWord } from './shell-words.ts';
import { pythonModuleFlag } from './test-commands.ts';
import type { TestOutcome, TestTrace, TracedRun } from './traced-run.ts';

/** Runs the check's tests with per-test line tracing. */
export async function tracePython(check: Check, runner: LogicRunner, root: string, timeoutMs: number): Promise<TracedRun> {
  const command = check.tool === 'pytest' ? check.command : unittestThroughPytest(check.command);
  if (!command) return { ok: false, note: `cannot run "${check.command}" through pytest to trace it` };
  const cwdAbsolute = path.join(root, check.cwd);
  const report = path.posix.join(check.cwd, TRACE_REPORT_FILE);
  let run;
  try {
    run = await runner.run(command, {
      cwd: check.cwd,
      edits: [{ file: path.posix.join(check.cwd, TRACER_FILE), before: '', after: PYTHON_TRACER_SOURCE }],
      env: { PYTEST_PLUGINS: TRACER_MODULE, PYTHONPATH: cwdAbsolute, RIFT_TRACE_ROOT: root, RIFT_TRACE_OUT: path.join(cwdAbsolute, TRACE_REPORT_FILE) },
      readBack: [report],
      timeoutMs,
    });
  } catch (error) {
    return { ok: false, note: `the traced run could not start: ${(error as Error).message}` };
  }
  if (run.timedOut) return { ok: false, note: `the traced run timed out after ${timeoutMs} ms` };
  if (/No module named '?pytest'?/.test(run.output)) return { ok: false, note: 'pytest is not installed, so the unittest suite cannot be traced' };
  const text = run.files[report];
  if (!text) return { ok: false, note: 'the tracer wrote no report (the run failed before the tests, or the report exceeded 1 MB)' };
  const tests = readReport(text);
  if (!tests) return { ok: false, note: 'the tracer report was unreadable' };
  if (tests.length === 0) return { ok: false, note: 'the tracer saw no test run (tests in other processes, e.g. pytest-xdist)' };
  return { ok: true, tests };
}

// `python -m unittest [discover -s dir | modules]` -> `python -m pytest` over the same tests.
function unittestThroughPytest(command: string): string | null {
  const segments = splitAndChain(command);
  if (!segments) return null;
  const at = segments.findIndex((w) => pythonModuleFlag(w, 'unittest') >= 0);
  if (at < 0) return null;
  const words = segments[at];
  const m = pythonModuleFlag(words, 'unittest');
  const targets = unittestTargets(words.slice(m + 2));
  const pytest: ShellWord[] = [...words.slice(0, m), '-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...targets];
  return [...segments.slice(0, at), pytest].map((w) => w.join(' ')).join(' && ');
}

// The start directory of `discover`, or test modules named on the command line as paths.
function unittestTargets(args: ShellWord[]): ShellWord[] {
  if (args[0] === 'discover') {
    const rest = args.slice(1);
    const flag = rest.findIndex((a) => a === '-s' || a === '--start-directory');
    if (flag >= 0 && rest[flag + 1]) return [rest[flag + 1]];
    const positional = rest.find((a) => !a.startsWith('-'));
    return positional ? [positional] : [];
  }
  return args.filter((a) => !a.startsWith('-')).map((a) => (/\.py$|\//.test(a) ? a : `${a.replace(/\./g, '/')}.py`));
}

const OUTCOMES = new Set<TestOutcome>(['passed', 'failed', 'skipped', 'error']);

// The plugin's JSON, checked field by field; null when it is not what the plugin writes.
function readReport(text: string): TestTrace[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const tests = (data as { tests?: unknown }).tests;
  if (!Array.isArray(tests)) return null;
  const out: TestTrace[] = [];
  for (const t of tests as Array<Record<string, unknown>>) {
    if (typeof t.id !== 'string' || !OUTCOMES.has(t.outcome as TestOutcome) || typeof t.lines !== 'object' || t.lines === null) return null;
    const frames = Array.isArray(t.frames) ? (t.frames as Array<[string, number]>).map(([file, line]) => ({ file, line })).reverse() : undefined;
    out.push({ id: t.id, outcome: t.outcome as TestOutcome, lines: t.lines as Record<string, number[]>, frames });
  }
  return out;
}
