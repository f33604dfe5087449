// Python 3.10+'s "invalid syntax. Perhaps you forgot a comma?": its span runs from the first of
// two expressions that follow each other inside brackets to the second one; the comma belongs in
// one of the gaps between them, right after the code that precedes the gap.
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import { indexLines, lineOf } from '../text-lines.ts';
import type { PythonSyntaxError } from './py-syntax-error.ts';

export const ADD_COMMA = 'add the missing comma';

// One candidate per gap in the blamed span, first gap first.
export function forgottenCommaCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const candidates: Candidate[] = [];
  for (let at = error.start + 1; at < error.end; at++) {
    if (!isGap(scan, at) || isGap(scan, at - 1) || ',([{'.includes(text[at - 1])) continue;
    const line = lineOf(index, at);
    candidates.push({
      after: text.slice(0, at) + ',' + text.slice(at),
      description: ADD_COMMA,
      reason: `two expressions follow each other without a comma on line ${line}`,
      lastTouchedLine: line,
    });
  }
  return candidates;
}

// Blank or comment: what may separate two expressions.
function isGap(scan: CodeScan, at: number): boolean {
  return scan.kinds[at] === 'comment' || (scan.kinds[at] === 'code' && /\s/.test(scan.text[at]));
}
