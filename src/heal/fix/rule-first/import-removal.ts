// Text ranges that remove an import statement or one name of its comma list, touching the
// fewest characters (whole lines only when the statement or name has its lines to itself).
import { indexLines, lineEnd, lineEndWithEol, lineOf, lineStart, type LineIndex } from '../text-lines.ts';

export interface Range {
  start: number;
  end: number;
}

export type CommentSyntax = 'python' | 'js';

const TRAILER: Record<CommentSyntax, RegExp> = {
  python: /^[ \t]*(#.*)?$/,
  js: /^[ \t]*(\/\/.*|\/\*.*\*\/[ \t]*)?$/,
};

// Deletes [start, end) from text.
export function cut(text: string, range: Range): string {
  return text.slice(0, range.start) + text.slice(range.end);
}

// Range that removes a whole statement: its lines when it has them to itself, else the statement
// and the `;` that separates it from its neighbour.
export function statementRange(text: string, statement: Range, syntax: CommentSyntax): Range {
  const index = indexLines(text);
  const first = lineOf(index, statement.start);
  const last = lineOf(index, statement.end);
  const before = text.slice(lineStart(index, first), statement.start);
  const after = text.slice(statement.end, lineEnd(index, last));
  if (/^[ \t]*$/.test(before) && TRAILER[syntax].test(after.replace(/^[ \t]*;/, ''))) return wholeLines(index, first, last);
  const following = /^[ \t]*;[ \t]*/.exec(after);
  if (following) return { start: statement.start, end: statement.end + following[0].length };
  const preceding = /;[ \t]*$/.exec(before);
  if (preceding) return { start: statement.start - preceding[0].length, end: statement.end };
  return statement;
}

// Range that removes items[i] from a comma-separated list, with one of its commas.
export function listItemRange(text: string, items: Range[], i: number, syntax: CommentSyntax): Range {
  const index = indexLines(text);
  const item = items[i];
  const first = lineOf(index, item.start);
  const last = lineOf(index, item.end);
  const before = text.slice(lineStart(index, first), item.start);
  const after = text.slice(item.end, lineEnd(index, last));
  if (/^[ \t]*$/.test(before) && TRAILER[syntax].test(after.replace(/^[ \t]*,/, ''))) return wholeLines(index, first, last);
  const previous = items[i - 1];
  if (previous && lineOf(index, previous.end) === first) return { start: previous.end, end: item.end };
  const next = items[i + 1];
  if (next && lineOf(index, next.start) === last) return { start: item.start, end: next.start };
  const comma = /^[ \t]*,[ \t]*/.exec(after);
  return { start: item.start, end: item.end + (comma ? comma[0].length : 0) };
}

function wholeLines(index: LineIndex, first: number, last: number): Range {
  const end = lineEndWithEol(index, last);
  // A last line without its own ending takes the previous line's ending with it.
  if (end === index.text.length && !index.text.endsWith('\n') && first > 1) {
    return { start: lineEnd(index, first - 1), end };
  }
  return { start: lineStart(index, first), end };
}
