// Offsets, lines and splices over a file's text. Edits are splices of the original string, so
// every untouched character (line endings and indentation included) is kept as it was.

export interface LineIndex {
  text: string;
  /** Offset of the first character of each line; starts[0] is line 1. */
  starts: number[];
}

// Indexes line starts once so line/offset conversions are cheap.
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
  }
  return { text, starts };
}

export function lineCount(index: LineIndex): number {
  return index.starts.length;
}

// Offset of the first character of a 1-based line (clamped to the text).
export function lineStart(index: LineIndex, line: number): number {
  if (line < 1) return 0;
  if (line > index.starts.length) return index.text.length;
  return index.starts[line - 1];
}

// Offset just before the line's ending ("\n" or "\r\n").
export function lineEnd(index: LineIndex, line: number): number {
  const next = line < index.starts.length ? index.starts[line] - 1 : index.text.length;
  return next > lineStart(index, line) && index.text[next - 1] === '\r' ? next - 1 : next;
}

// Offset just past the line's ending: where the next line starts.
export function lineEndWithEol(index: LineIndex, line: number): number {
  return line < index.starts.length ? index.starts[line] : index.text.length;
}

export function lineText(index: LineIndex, line: number): string {
  return index.text.slice(lineStart(index, line), lineEnd(index, line));
}

// The 1-based line holding an offset.
export function lineOf(index: LineIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// Offset of a 1-based line and 1-based column, clamped to the line.
export function offsetAt(index: LineIndex, line: number, column: number): number {
  return Math.min(lineStart(index, line) + Math.max(column - 1, 0), lineEnd(index, line));
}

// The line ending the file already uses, so inserted lines match it.
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

export function indentOf(line: string): string {
  return /^[ \t]*/.exec(line)?.[0] ?? '';
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

// Replaces text[start, end) with insert.
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
