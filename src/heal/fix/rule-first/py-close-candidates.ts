// Where a Python bracket that was never closed should be closed: at the end of the code of one
// of the lines that follow its opening, before the dedent that ends the statement, skipping
// lines that plainly go on (a trailing operator, an opener, a backslash).
import type { Candidate } from '../candidates.ts';
import { CLOSER_OF, unclosedBefore, type Bracket, type CodeScan } from '../code-scan.ts';
import { indentOf, indexLines, isBlank, lineCount, lineOf, lineText } from '../text-lines.ts';
import { BRACKET_NAME } from './bracket-names.ts';
import { codeEndOfLine, isCompoundHeader, logicalStart } from './py-logical-line.ts';

const GOES_ON = /([-+*/%&|^<>=.@~([{\\]|\b(and|or|not|in|is|lambda))$/;
const MAX_LINES = 40;

// Candidate edits that close `opener`, most plausible first.
export function closeCandidates(scan: CodeScan, opener: Bracket): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const closer = CLOSER_OF[opener.char];
  const openerLine = lineOf(index, opener.offset);
  const baseIndent = indentOf(lineText(index, logicalStart(scan, index, openerLine))).length;
  const description = `add the missing closing ${BRACKET_NAME[opener.char]}`;
  const reason = `the '${opener.char}' opened on line ${openerLine} is never closed`;
  const plain: Candidate[] = [];
  const afterComma: Candidate[] = [];
  const last = Math.min(lineCount(index), openerLine + MAX_LINES);
  for (let line = openerLine; line <= last; line++) {
    const content = lineText(index, line);
    if (line > openerLine && !isBlank(content) && !content.trim().startsWith('#') && indentOf(content).length <= baseIndent) break;
    const end = codeEndOfLine(scan, index, line, line === openerLine ? opener.offset + 1 : undefined);
    if (end === null) continue;
    // Brackets opened after ours must be closed first; that is another failure's business.
    if (unclosedBefore(scan, end).some((b) => b.offset > opener.offset)) continue;
    const code = text.slice(0, end);
    const insertAt = code.endsWith(':') && isCompoundHeader(scan, line) ? end - 1 : end;
    const before = text.slice(0, insertAt).trimEnd();
    if (GOES_ON.test(before) && !before.endsWith(')') && !before.endsWith(']') && !before.endsWith('}')) continue;
    const insertion = before.length;
    const after = text.slice(0, insertion) + closer + text.slice(insertion);
    const candidate = { after, description, reason, lastTouchedLine: line };
    (before.endsWith(',') ? afterComma : plain).push(candidate);
  }
  return [...plain, ...afterComma];
}
