// Runs of sibling statements in a Python file: a statement is its logical line and, when it
// opens a block, the block's body. An indentation mistake usually spans a few siblings, so the
// fixers move the first one, then the first two, and so on, and keep the shortest that compiles.
import { indentWidth, type PyIndentLine } from '../python-indent.ts';

const MAX_SIBLINGS = 40;

// The physical lines of the first k sibling statements from `first`, for k = 1, 2, ...
export function siblingRuns(lines: readonly PyIndentLine[], first: number): number[][] {
  const start = lines[first - 1];
  if (!start || start.kind !== 'logical') return [];
  const width = indentWidth(start.indent);
  const runs: number[][] = [];
  let statement = start;
  while (runs.length < MAX_SIBLINGS) {
    const last = statementEnd(lines, statement, width);
    runs.push(range(first, last));
    const next = lines.slice(last).find((l) => l.kind === 'logical');
    if (!next || indentWidth(next.indent) !== width) break;
    statement = next;
  }
  return runs;
}

// Last physical line of a statement: its own logical line, or the end of the body it opens.
export function statementEnd(lines: readonly PyIndentLine[], statement: PyIndentLine, width = indentWidth(statement.indent)): number {
  let last = statement.end;
  if (!statement.header) return last;
  for (const entry of lines.slice(statement.end)) {
    if (entry.kind !== 'logical') continue;
    if (indentWidth(entry.indent) <= width) break;
    last = entry.end;
  }
  return last;
}

// Every physical line of the top-level statement (a def, a class, an if...) that holds `line`.
export function topLevelStatement(lines: readonly PyIndentLine[], line: number): number[] {
  for (let i = line - 1; i >= 0; i--) {
    const entry = lines[i];
    if (entry.kind === 'logical' && entry.indent === '') return range(entry.line, Math.max(statementEnd(lines, entry), line));
  }
  return range(1, line);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
