// Spectrum-based fault localisation: a line run by the failing tests and rarely by the passing
// ones is suspicious (Ochiai), a line the failing test's stack passes through more so.
import type { Frame } from '../parse/frames.ts';

/** A line the localiser ranks; the shape the mutation search reads. */
export interface RankedLine {
  file: string;
  line: number;
  /** Ochiai, boosted on the failing path; higher = more suspicious */
  score: number;
  onFailingPath: boolean;
}

/** One test of a traced run: whether it failed, and the lines of code under test it ran. */
export interface TracedTest {
  failed: boolean;
  /** Repository-relative file -> 1-based lines. */
  lines: Record<string, number[]>;
}

/** Added to a line's Ochiai score when a failing test's stack goes through it. */
export const FAILING_PATH_BOOST = 0.1;

/** Ochiai: failed(s) / sqrt(totalFailed * (failed(s) + passed(s))); 0 when nothing failed there. */
export function ochiai(failed: number, passed: number, totalFailed: number): number {
  if (failed === 0 || totalFailed === 0) return 0;
  return failed / Math.sqrt(totalFailed * (failed + passed));
}

/**
 * Every line a failing test ran, plus the lines of the failing stacks, ranked best first.
 * `keep` says which files may be ranked (code under test that may be edited).
 */
export function rankBySpectrum(tests: readonly TracedTest[], failingPath: readonly Frame[], keep: (file: string) => boolean): RankedLine[] {
  const totalFailed = tests.filter((t) => t.failed).length;
  const counts = new Map<string, { file: string; line: number; failed: number; passed: number }>();
  for (const test of tests) {
    for (const [file, lines] of Object.entries(test.lines)) {
      if (!keep(file)) continue;
      for (const line of new Set(lines)) {
        const key = lineKey(file, line);
        const count = counts.get(key) ?? { file, line, failed: 0, passed: 0 };
        if (test.failed) count.failed++;
        else count.passed++;
        counts.set(key, count);
      }
    }
  }
  const onPath = new Set(failingPath.filter((f) => keep(f.file)).map((f) => lineKey(f.file, f.line)));
  const ranked: RankedLine[] = [];
  for (const [key, c] of counts) {
    if (c.failed === 0 && !onPath.has(key)) continue;
    const boosted = onPath.has(key);
    ranked.push({ file: c.file, line: c.line, score: ochiai(c.failed, c.passed, totalFailed) + (boosted ? FAILING_PATH_BOOST : 0), onFailingPath: boosted });
  }
  // A stack line the tracer did not see (a file it could not follow) still counts a little.
  const untraced = new Set<string>();
  for (const frame of failingPath) {
    const key = lineKey(frame.file, frame.line);
    if (!keep(frame.file) || counts.has(key) || untraced.has(key)) continue;
    untraced.add(key);
    ranked.push({ file: frame.file, line: frame.line, score: FAILING_PATH_BOOST, onFailingPath: true });
  }
  return sortRanked(ranked);
}

/**
 * Without coverage: the frames of the failing stacks (each deepest first), a frame scoring
 * 1/(depth+1) per stack it appears in, so the deepest frame of code under test comes first.
 */
export function rankByStack(stacks: readonly Frame[][], keep: (file: string) => boolean): RankedLine[] {
  const scores = new Map<string, RankedLine>();
  for (const stack of stacks) {
    const frames = stack.filter((f) => keep(f.file));
    const seen = new Set<string>();
    frames.forEach((frame, depth) => {
      const key = lineKey(frame.file, frame.line);
      if (seen.has(key)) return;
      seen.add(key);
      const entry = scores.get(key) ?? { file: frame.file, line: frame.line, score: 0, onFailingPath: true };
      entry.score += 1 / (depth + 1);
      scores.set(key, entry);
    });
  }
  return sortRanked([...scores.values()]);
}

/** Best first; ties by failing path, then file and line order. */
export function sortRanked(lines: RankedLine[]): RankedLine[] {
  return lines.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.onFailingPath) - Number(a.onFailingPath) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line,
  );
}

// One key per source line, for counting across tests.
function lineKey(file: string, line: number): string {
  return `${file}:${line}`;
}
