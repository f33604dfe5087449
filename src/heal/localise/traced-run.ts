// What a coverage run gives the ranking, whichever language it traced, or why it gave nothing.
import type { Frame } from '../parse/frames.ts';

export type TestOutcome = 'passed' | 'failed' | 'skipped' | 'error';

export interface TestTrace {
  /** The id the tracer saw (a pytest node id, a node:test name path). */
  id: string;
  outcome: TestOutcome;
  /** Repository-relative file -> 1-based lines it ran. */
  lines: Record<string, number[]>;
  /** For a failed test, its stack in code under test, deepest first, when the tracer saw it. */
  frames?: Frame[];
}

export type TracedRun = { ok: true; tests: TestTrace[] } | { ok: false; note: string };
