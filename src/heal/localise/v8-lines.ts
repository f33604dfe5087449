// V8 block coverage -> lines that ran. Ranges nest; the innermost range holding an offset says
// whether it ran. A line ran when its first statement character did, or a function written on it
// did; closing brackets, comments and a multi-line function's own header are left out, as
// Python's tracer leaves them out.

/** Flat [start, end, flags, ...] ranges in UTF-16 offsets of the source; flags: 1 = ran, 2 = a function's own range. */
export type FlatRanges = readonly number[];

interface Range {
  start: number;
  end: number;
  ran: boolean;
  fn: boolean;
}

/** 1-based lines of `source` whose statement ran, by the ranges of one coverage slice. */
export function executedLines(source: string, ranges: FlatRanges): number[] {
  const list: Range[] = [];
  for (let i = 0; i + 2 < ranges.length; i += 3) list.push({ start: ranges[i], end: ranges[i + 1], ran: (ranges[i + 2] & 1) === 1, fn: (ranges[i + 2] & 2) === 2 });
  const lines: number[] = [];
  let offset = 0;
  source.split('\n').forEach((text, index) => {
    // `} else if (x) {`: the statement starts after the brackets that close the previous block.
    const first = text.search(/[^\s\]})]/);
    const at = offset + first;
    const lineEnd = offset + text.length;
    offset = lineEnd + 1;
    if (first < 0 || isNoStatement(text.trim())) return;
    // Calling a function does not run its header line; a one-line function's line is its body.
    if (list.some((r) => r.fn && r.start === at && r.end > lineEnd)) return;
    // `const sq = (x) => x * x;`: the line starts in the enclosing scope, its function ran.
    const oneLineFunctionRan = list.some((r) => r.fn && r.ran && r.start > at && r.end <= lineEnd + 1);
    if (innermost(at, list)?.ran || oneLineFunctionRan) lines.push(index + 1);
  });
  return lines;
}

// Lines Python's tracer would never report either: they run no code of their own.
function isNoStatement(text: string): boolean {
  return /^[\]})]+[;,)]*$/.test(text) || text.startsWith('//') || text.startsWith('/*') || text.startsWith('*');
}

// The smallest range holding the offset; the later one on a tie, as V8 lists nested ranges after their parent.
function innermost(at: number, list: readonly Range[]): Range | null {
  let best: Range | null = null;
  for (const r of list) {
    if (r.start <= at && at < r.end && (!best || r.end - r.start <= best.end - best.start)) best = r;
  }
  return best;
}
