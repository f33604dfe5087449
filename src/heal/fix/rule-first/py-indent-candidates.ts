// Candidate edits for Python's IndentationErrors, read from the surrounding block structure:
// "unexpected indent", "unindent does not match any outer indentation level" and "expected an
// indented block". Each candidate moves a line, then a growing run of its siblings, to a level the
// enclosing blocks already use; the compiler picks the shortest that works.
import type { Candidate } from '../candidates.ts';
import { indentStyle, indentWidth, levelsBefore, nextLogical, previousLogical, type PyIndentLine } from '../python-indent.ts';
import { shiftLines } from '../python-indent-render.ts';
import { eolOf } from '../text-lines.ts';
import { siblingRuns } from './py-indent-runs.ts';

export const MATCH_BLOCK = 'fix the indentation to match the enclosing block';
export const INDENT_BODY = 'indent the block body';
export const ADD_PASS = 'add pass as the body of the empty block';

const CLAUSE = /^(elif|else|except|finally)\b/;

// "unexpected indent": the line (and its indented siblings) go back to the previous statement's level.
export function unexpectedIndentCandidates(text: string, lines: readonly PyIndentLine[], line: number): Candidate[] {
  const entry = lines[line - 1];
  if (!entry || entry.kind !== 'logical') return [];
  const previous = previousLogical(lines, line);
  const target = previous && !previous.header ? previous.indent : levelsBefore(lines, line).pop()?.indent ?? '';
  if (indentWidth(target) >= indentWidth(entry.indent)) return [];
  const reason = `line ${line} is indented deeper than the statement before it, which opens no block`;
  return moves(text, lines, line, [target], reason);
}

// "unindent does not match": the line goes to the open level nearest its own width.
export function unindentCandidates(text: string, lines: readonly PyIndentLine[], line: number): Candidate[] {
  const entry = lines[line - 1];
  if (!entry || entry.kind !== 'logical') return [];
  const width = indentWidth(entry.indent);
  const levels = levelsBefore(lines, line)
    .filter((l) => l.width !== width)
    .sort((a, b) => Math.abs(a.width - width) - Math.abs(b.width - width) || a.width - b.width);
  const reason = `line ${line} is indented to a width no enclosing block uses`;
  return moves(text, lines, line, levels.map((l) => l.indent), reason);
}

// "expected an indented block after ... on line N": the body that follows is indented one level
// under its header, or, when there is no body to indent, the block gets `pass`.
export function expectedBlockCandidates(text: string, lines: readonly PyIndentLine[], line: number, headerLine: number | null): Candidate[] {
  const header = headerOf(lines, line, headerLine);
  if (!header) return [];
  const target = header.indent + indentStyle(lines).unit;
  const body = nextLogical(lines, header.end);
  const reason = `the block opened on line ${header.line} has no indented body`;
  const pass: Candidate = {
    after: insertLine(text, header.end, target + 'pass'),
    description: ADD_PASS,
    reason,
    lastTouchedLine: header.end + 1,
  };
  if (!body || indentWidth(body.indent) > indentWidth(header.indent)) return [pass];
  const indents = siblingRuns(lines, body.line).flatMap((run): Candidate[] => {
    const after = shiftLines(text, lines, run, body.indent, target);
    return after === null ? [] : [{ after, description: INDENT_BODY, reason, lastTouchedLine: run[run.length - 1] }];
  });
  // A body at the header's own level was most likely left unindented; one further out, or an
  // `else:` of the same statement, means the body itself is missing.
  const bodyFirst = indentWidth(body.indent) === indentWidth(header.indent) && !CLAUSE.test(lineOf(text, body.line).trimStart());
  return bodyFirst ? [...indents, pass] : [pass, ...indents];
}

// The header named by the message, else the last logical line before the failing one.
function headerOf(lines: readonly PyIndentLine[], line: number, headerLine: number | null): PyIndentLine | null {
  const named = headerLine === null ? null : lines[headerLine - 1];
  if (named && named.kind === 'logical' && named.header) return named;
  const previous = previousLogical(lines, line);
  return previous && previous.header ? previous : null;
}

// For each target indentation, the line and all its siblings at the same wrong width moved there
// (they share the mistake: moving fewer would drop the rest into the block above), then fewer.
function moves(text: string, lines: readonly PyIndentLine[], line: number, targets: string[], reason: string): Candidate[] {
  const from = lines[line - 1].indent;
  const runs = siblingRuns(lines, line).reverse();
  return targets.flatMap((to) =>
    runs.flatMap((run): Candidate[] => {
      const after = shiftLines(text, lines, run, from, to);
      return after === null ? [] : [{ after, description: MATCH_BLOCK, reason, lastTouchedLine: run[run.length - 1] }];
    }),
  );
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

// The text with a new line inserted after physical line `after`.
function insertLine(text: string, after: number, content: string): string {
  const eol = eolOf(text);
  const chunks = text.split(/(?<=\n)/);
  if (after > chunks.length || (after === chunks.length && !chunks[after - 1].endsWith('\n'))) {
    return text + (text.endsWith('\n') || text === '' ? '' : eol) + content + eol;
  }
  chunks.splice(after, 0, content + eol);
  return chunks.join('');
}
