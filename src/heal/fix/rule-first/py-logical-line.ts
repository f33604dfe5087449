// Python's logical lines: a statement goes on past the end of a physical line while a bracket
// is open or the line ends with a backslash.
import { lastCodeEnd, unclosedBefore, type CodeScan } from '../code-scan.ts';
import { indexLines, lineCount, lineEnd, lineOf, lineStart, lineText, type LineIndex } from '../text-lines.ts';

const COMPOUND_HEADER = /^[ \t]*(async[ \t]+)?(def|if|elif|else|for|while|with|try|except|finally|class|match|case)\b/;

// First physical line of the logical line that holds `line`.
export function logicalStart(scan: CodeScan, index: LineIndex, line: number): number {
  let start = line;
  for (;;) {
    const open = unclosedBefore(scan, lineStart(index, start));
    const previous = start > 1 ? lineText(index, start - 1) : '';
    if (open.length > 0 && lineOf(index, open[0].offset) < start) start = lineOf(index, open[0].offset);
    else if (previous.endsWith('\\')) start -= 1;
    else return start;
  }
}

// Last physical line of the logical line that holds `line`, judged from its brackets.
export function logicalEnd(scan: CodeScan, index: LineIndex, line: number): number {
  const from = lineStart(index, logicalStart(scan, index, line));
  let end = line;
  while (end < lineCount(index)) {
    const open = unclosedBefore(scan, lineEnd(index, end)).some((b) => b.offset >= from);
    if (!open && !lineText(index, end).endsWith('\\')) break;
    end += 1;
  }
  return end;
}

// True when the logical line at `line` opens a compound statement (def, if, class...).
export function isCompoundHeader(scan: CodeScan, line: number): boolean {
  const index = indexLines(scan.text);
  return COMPOUND_HEADER.test(lineText(index, logicalStart(scan, index, line)));
}

// Offset just past the last code character of a line, comments and trailing blanks excluded.
export function codeEndOfLine(scan: CodeScan, index: LineIndex, line: number, from = lineStart(index, line)): number | null {
  return lastCodeEnd(scan, from, lineEnd(index, line));
}
