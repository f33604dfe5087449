// Rewrites the indentation of chosen lines of a Python file and nothing else: every other
// character, the line endings and the inside of multi-line strings stay as they were.
import { indentWidth, type PyIndentLine } from './python-indent.ts';

/** Which lines to rewrite and how the old indentation is read. */
export interface ReindentOptions {
  /** Physical lines (1-based) whose indentation is rewritten; the others keep theirs. */
  selected: ReadonlySet<number>;
  /** How wide a tab is when the old indentation is compared (Python's own rule is 8). */
  tabSize: number;
  /** One new level of indentation ('    ' or '\t'). */
  unit: string;
}

interface Level {
  width: number;
  indent: string;
}

// Replaces the leading whitespace of some physical lines; `indents` maps line -> new indentation.
export function withIndents(text: string, indents: ReadonlyMap<number, string>): string {
  const chunks = text.split(/(?<=\n)/);
  return chunks
    .map((chunk, i) => {
      const indent = indents.get(i + 1);
      return indent === undefined ? chunk : indent + chunk.replace(/^[ \t]*/, '');
    })
    .join('');
}

// Moves a run of lines from one indentation to another (`from` is replaced by `to` at the start
// of each); null when a line of code in the run does not start with `from`.
export function shiftLines(text: string, lines: readonly PyIndentLine[], run: readonly number[], from: string, to: string): string | null {
  const indents = new Map<number, string>();
  for (const number of run) {
    const entry = lines[number - 1];
    if (entry.kind === 'blank' || entry.kind === 'string') continue;
    if (!entry.indent.startsWith(from)) {
      if (entry.kind === 'comment') continue;
      return null;
    }
    indents.set(number, to + entry.indent.slice(from.length));
  }
  return withIndents(text, indents);
}

// Re-renders the selected lines' indentation from the block structure: a line keeps the depth
// its old indentation gives it (read with `tabSize`), written as the enclosing level's new
// indentation plus `unit` per level. Null when a selected line matches no open level.
export function reindentLines(text: string, lines: readonly PyIndentLine[], options: ReindentOptions): string | null {
  const { selected, tabSize, unit } = options;
  const indents = new Map<number, string>();
  const stack: Level[] = [{ width: 0, indent: '' }];
  let start: { width: number; indent: string } = { width: 0, indent: '' };
  // Comments just above a statement at their width describe it: they take its new indentation.
  let comments: { line: number; width: number }[] = [];
  for (const entry of lines) {
    const chosen = selected.has(entry.line);
    const width = indentWidth(entry.indent, tabSize);
    if (entry.kind === 'logical') {
      let popped = false;
      while (stack.length > 1 && stack[stack.length - 1].width > width) {
        stack.pop();
        popped = true;
      }
      const top = stack[stack.length - 1];
      let indent = entry.indent;
      if (top.width === width) indent = chosen ? top.indent : entry.indent;
      else if (popped && chosen) return null;
      else stack.push({ width, indent: (indent = chosen ? top.indent + unit : entry.indent) });
      if (chosen) indents.set(entry.line, indent);
      for (const comment of comments) if (comment.width === width) indents.set(comment.line, indent);
      comments = [];
      start = { width, indent };
    } else if (chosen && entry.kind === 'continuation') {
      indents.set(entry.line, width >= start.width ? start.indent + pad(width - start.width, unit, tabSize) : pad(width, unit, tabSize));
    } else if (chosen && entry.kind === 'comment') {
      const level = stack.find((l) => l.width === width);
      const top = stack[stack.length - 1];
      indents.set(entry.line, level ? level.indent : width > top.width ? top.indent + pad(width - top.width, unit, tabSize) : pad(width, unit, tabSize));
      comments.push({ line: entry.line, width });
    } else if (chosen && entry.kind === 'blank' && entry.indent !== '') {
      indents.set(entry.line, '');
    }
  }
  return withIndents(text, indents);
}

// Whitespace `columns` wide in the new style (tabs, then spaces for what a tab cannot reach).
function pad(columns: number, unit: string, tabSize: number): string {
  if (unit !== '\t') return ' '.repeat(columns);
  return '\t'.repeat(Math.floor(columns / tabSize)) + ' '.repeat(columns % tabSize);
}
