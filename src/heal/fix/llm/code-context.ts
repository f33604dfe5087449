// The code an LLM sees for a failure: windows of numbered lines around the ranked suspicious lines
// (LOGIC) or around the failure's own line, within a character budget, marked editable or not.
import type { RankedLine } from '../../localise/index.ts';
import type { Failure, WorkspaceReader } from '../../types.ts';
import { protectedReason } from '../../verify/protected-paths.ts';

/** Numbered lines of one file, as quoted in the prompt. */
export interface QuotedWindow {
  file: string;
  /** 1-based, inclusive. */
  start: number;
  end: number;
  /** Each line prefixed with its number ("  12 | text"). */
  numbered: string;
  /** False for a test or other protected file, quoted only so the model can read the expectation. */
  editable: boolean;
}

export interface CodeContextOptions {
  /** Cap on the numbered text of all windows together. */
  maxChars?: number;
  /** How many ranked lines get a window of their own. */
  maxRanked?: number;
}

const DEFAULT_MAX_CHARS = 12_000;
const DEFAULT_MAX_RANKED = 6;
/** Lines either side of a ranked line, and of the failure's own line. */
const RANKED_RADIUS = 8;
const FAILURE_RADIUS = 12;
/** A minified line would eat the budget on its own. */
const MAX_LINE_CHARS = 300;

interface Focus {
  file: string;
  line: number;
  radius: number;
}

// The windows to quote, best first by the ranking, merged where they overlap, within the budget.
export async function quoteCode(failure: Failure, ranked: readonly RankedLine[], reader: WorkspaceReader, options: CodeContextOptions = {}): Promise<QuotedWindow[]> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const focus: Focus[] = ranked.slice(0, options.maxRanked ?? DEFAULT_MAX_RANKED).map((r) => ({ file: r.file, line: r.line, radius: RANKED_RADIUS }));
  focus.push({ file: failure.file, line: failure.line, radius: FAILURE_RADIUS });

  const texts = new Map<string, string[] | null>();
  const spans: Array<{ file: string; start: number; end: number }> = [];
  for (const { file, line, radius } of focus) {
    if (!texts.has(file)) texts.set(file, splitLines(await reader.readText(file)));
    const lines = texts.get(file);
    if (!lines || lines.length === 0) continue;
    const start = Math.max(1, line - radius);
    const end = Math.min(lines.length, Math.max(line, 1) + radius);
    const overlapping = spans.find((s) => s.file === file && s.start <= end + 1 && start <= s.end + 1);
    if (overlapping) {
      overlapping.start = Math.min(overlapping.start, start);
      overlapping.end = Math.max(overlapping.end, end);
    } else {
      spans.push({ file, start, end });
    }
  }

  // Editable code first: when the budget runs out, a test's window is what is left out.
  const ordered = [...spans.filter((s) => protectedReason(s.file) === null), ...spans.filter((s) => protectedReason(s.file) !== null)];
  const windows: QuotedWindow[] = [];
  let left = maxChars;
  for (const span of ordered) {
    const lines = texts.get(span.file)!;
    const width = String(span.end).length;
    const kept: string[] = [];
    let end = span.start - 1;
    for (let n = span.start; n <= span.end; n++) {
      const line = `${String(n).padStart(width)} | ${clip(lines[n - 1])}`;
      if (line.length + 1 > left) break;
      kept.push(line);
      left -= line.length + 1;
      end = n;
    }
    if (kept.length > 0) windows.push({ file: span.file, start: span.start, end, numbered: kept.join('\n'), editable: protectedReason(span.file) === null });
    if (end < span.end) break;
  }
  return windows;
}

/** A file's lines without their endings; null stays null. */
export function splitLines(text: string | null): string[] | null {
  if (text === null) return null;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function clip(line: string): string {
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)} …(line cut)` : line;
}

/** How the file indents and quotes, so the answer matches it. */
export interface Conventions {
  indent: string | null;
  quotes: 'single' | 'double' | null;
  crlf: boolean;
}

// Reads the indentation unit (the most common step between nested lines) and the dominant quote.
export function detectConventions(text: string): Conventions {
  const lines = splitLines(text) ?? [];
  const steps = new Map<string, number>();
  let tabs = 0;
  let previous = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.startsWith('\t')) tabs += 1;
    const width = indent.replace(/\t/g, '    ').length;
    if (width > previous && !indent.includes('\t')) {
      const step = ' '.repeat(width - previous);
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }
    previous = width;
  }
  const spaces = [...steps].sort((a, b) => b[1] - a[1])[0];
  const indent = tabs > (spaces?.[1] ?? 0) ? '\t' : (spaces?.[0] ?? null);
  const single = (text.match(/'[^'\n]*'/g) ?? []).length;
  const double = (text.match(/"[^"\n]*"/g) ?? []).length;
  const quotes = single + double < 3 ? null : single >= 2 * double ? 'single' : double >= 2 * single ? 'double' : null;
  return { indent, quotes, crlf: /\r\n/.test(text) };
}

// "4 spaces", "tabs".
export function describeIndent(indent: string | null): string | null {
  if (indent === null) return null;
  return indent === '\t' ? 'tabs' : `${indent.length} spaces`;
}
