// Combining what every parser found: one failure per (file, line, bug type, code) across parsers, in a
// stable (file, line) order, without test failures that an underlying error already explains.
import type { Failure } from '../types.ts';

function keyOf(f: Failure): string {
  return `${f.file}\u0000${f.line}\u0000${f.bugType ?? ''}\u0000${f.code ?? ''}`;
}

/**
 * Drops duplicates, keeping the first (the more specific parser runs first) and the test name
 * either one knows. Two different tests failing at the same place stay two failures: each names
 * a test that later stages re-run. One tool saying two different things about one line (flake8's
 * F401 for each unused name of `from x import a, b`) is two failures too.
 */
export function dedupeFailures(failures: readonly Failure[]): Failure[] {
  const kept: Failure[] = [];
  const byKey = new Map<string, Failure[]>();
  for (const f of failures) {
    const same = byKey.get(keyOf(f)) ?? [];
    const twin = same.find(
      (s) => (s.tool !== f.tool || s.message === f.message) && (s.test === undefined || f.test === undefined || s.test === f.test),
    );
    if (twin) {
      twin.test ??= f.test;
      continue;
    }
    const copy = { ...f };
    same.push(copy);
    byKey.set(keyOf(f), same);
    kept.push(copy);
  }
  return kept;
}

/**
 * A test that failed because of an import, syntax or type error reports that error, not a LOGIC
 * failure: drop LOGIC failures of a test that also has a failure of another type.
 */
export function dropExplainedLogic(failures: readonly Failure[]): Failure[] {
  const explained = new Set(failures.filter((f) => f.test !== undefined && f.bugType !== 'LOGIC').map((f) => f.test));
  return failures.filter((f) => !(f.bugType === 'LOGIC' && f.test !== undefined && explained.has(f.test)));
}

/** Stable (file, line) order; ties keep the parsers' order. */
export function sortFailures(failures: readonly Failure[]): Failure[] {
  return failures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.file < b.f.file ? -1 : a.f.file > b.f.file ? 1 : a.f.line - b.f.line || a.i - b.i))
    .map(({ f }) => f);
}
