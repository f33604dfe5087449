// Runs many mutants of a pytest check in one sandboxed process (see pytest-batch-driver.ts): the
// failing tests first, then, for a mutant that passes them, the check's whole pytest run.
import path from 'node:path';
import { splitAndChain, unquoteWord } from '../../localise/shell-words.ts';
import type { Check } from '../../types.ts';
import type { LogicRunner } from './logic-runner.ts';
import { DRIVER_SOURCE } from './pytest-batch-driver.ts';

const DRIVER_FILE = '_rift_mutants.py';
const INPUT_FILE = '_rift_mutants_in.json';
const OUTPUT_FILE = '_rift_mutants_out.json';

/** How to run the check's pytest from the driver: the interpreter, and the arguments of both runs. */
export interface PytestPlan {
  python: string;
  focus: string[];
  full: string[];
}

/** One pytest run in a child: its exit code (null when killed), and which tests failed. */
export interface TestRun {
  code: number | null;
  passed: number;
  failed: string[];
  timedOut: boolean;
}

export interface MutantRun {
  focus: TestRun;
  /** null when the focused tests failed (the whole run is skipped). */
  full: TestRun | null;
  ms: number;
}

export interface BatchOutcome {
  /** The tests on the unmutated code; null when the driver never got that far. */
  original: { focus: TestRun; full: TestRun | null; ms: number } | null;
  results: Map<string, MutantRun>;
  /** done, window (stopped after the first pass's alternatives), deadline, unusable, or why it failed. */
  stopped: string;
}

/** One splice of a file's original text (string offsets, as everywhere in TypeScript). */
export interface BatchEdit {
  file: string;
  original: string;
  start: number;
  end: number;
  insert: string;
}

export interface BatchMutant {
  id: string;
  /** Its splices; the driver reads the originals itself, so a batch stays small whatever the file size. */
  edits: BatchEdit[];
  /** The rank of the suspicious line it was made for; the window rule works by it. */
  group: number;
  size: number;
}

export interface BatchOptions {
  root: string;
  timeoutMs: number;
  /** The most one mutant's run may take; the driver allows 4x the warm-up's focused run, within it. */
  perMutantMs: number;
  window: { alternatives: number; lookahead: number };
}

/** pytest options that decide which files are found and how they import: kept for the focused run. */
const KEPT_WITH_VALUE = new Set(['-c', '--rootdir', '-p', '--import-mode', '-o', '--override-ini', '--confcutdir']);
const KEPT_ALONE = /^--(rootdir|import-mode|override-ini|confcutdir)=/;
const PYTHON = /^python(3(\.\d+)?)?$/;

// The driver's plan for a check that is one plain pytest command; null for anything else.
export function pytestPlan(check: Check, failingTests: string[]): PytestPlan | null {
  if (check.tool !== 'pytest') return null;
  const segments = splitAndChain(check.command);
  if (!segments || segments.length !== 1) return null;
  const words = segments[0].map(unquoteWord);
  let python: string;
  let args: string[];
  if (PYTHON.test(path.posix.basename(words[0])) && words[1] === '-m' && words[2] === 'pytest') {
    python = words[0];
    args = words.slice(3);
  } else if (path.posix.basename(words[0]) === 'pytest') {
    python = words[0].includes('/') ? path.posix.join(path.posix.dirname(words[0]), 'python') : 'python3';
    args = words.slice(1);
  } else {
    return null;
  }
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (KEPT_WITH_VALUE.has(args[i]) && i + 1 < args.length) kept.push(args[i], args[++i]);
    else if (KEPT_ALONE.test(args[i])) kept.push(args[i]);
  }
  return { python, focus: failingTests.length > 0 ? [...kept, ...failingTests] : args, full: args };
}

// Runs the driver over the mutants, in order, within the options' time.
export async function runPytestBatch(runner: LogicRunner, check: Check, plan: PytestPlan, mutants: BatchMutant[], options: BatchOptions): Promise<BatchOutcome> {
  const at = (name: string) => path.posix.join(check.cwd, name);
  const cwdAbsolute = path.join(options.root, check.cwd);
  const input = {
    out: path.join(cwdAbsolute, OUTPUT_FILE),
    root: options.root,
    focus: plan.focus,
    full: plan.full,
    timeout: options.perMutantMs / 1000,
    // Leaves the driver time to write its last result before the sandbox's own limit ends it.
    deadline: Math.max(1, (options.timeoutMs - 2_000) / 1000),
    window: options.window,
    mutants: mutants.map((m) => ({
      id: m.id,
      group: m.group,
      size: m.size,
      edits: m.edits.map((e) => [path.join(options.root, e.file), codePoints(e.original, e.start), codePoints(e.original, e.end), e.insert]),
    })),
  };
  const run = await runner.run(`${plan.python} ${DRIVER_FILE} ${INPUT_FILE}`, {
    cwd: check.cwd,
    edits: [
      { file: at(DRIVER_FILE), before: '', after: DRIVER_SOURCE },
      { file: at(INPUT_FILE), before: '', after: JSON.stringify(input) },
    ],
    // The .tmp is read back only so that the runner removes it if a kill left it behind.
    readBack: [at(OUTPUT_FILE), at(`${OUTPUT_FILE}.tmp`)],
    timeoutMs: options.timeoutMs,
  });
  const text = run.files[at(OUTPUT_FILE)];
  if (!text) return { original: null, results: new Map(), stopped: `the driver wrote nothing (exit ${run.exitCode ?? 'killed'}): ${tail(run.output)}` };
  let parsed: { original: BatchOutcome['original']; results: Record<string, MutantRun>; stopped: string };
  try {
    parsed = JSON.parse(text);
  } catch {
    return { original: null, results: new Map(), stopped: 'the driver wrote an unreadable report' };
  }
  const stopped = run.timedOut && parsed.stopped === 'running' ? 'deadline' : parsed.stopped;
  return { original: parsed.original, results: new Map(Object.entries(parsed.results)), stopped };
}

/** Python indexes strings by code point; JavaScript by UTF-16 unit (they differ past the BMP). */
export function codePoints(text: string, offset: number): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return offset;
  return Array.from(text.slice(0, offset)).length;
}

function tail(output: string): string {
  return output.trim().split('\n').slice(-3).join(' | ');
}
