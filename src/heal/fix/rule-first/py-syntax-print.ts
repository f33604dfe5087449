// Python 2's print statement in Python 3: "Missing parentheses in call to 'print'". The span
// covers the statement; its arguments become the call's.
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import type { PythonSyntaxError } from './py-syntax-error.ts';

export const PRINT_CALL = 'add the parentheses of the print call';

// The print statement turned into a call, keeping its arguments as written.
export function printCallCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const text = scan.text;
  const head = /^print[ \t]*/.exec(text.slice(error.start, error.end));
  if (!head || error.endLine !== error.line) return [];
  const from = error.start + head[0].length;
  let to = error.end;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return [{
    after: text.slice(0, error.start) + 'print(' + text.slice(from, to) + ')' + text.slice(to),
    description: PRINT_CALL,
    reason: `line ${error.line} uses Python 2's print statement`,
    lastTouchedLine: error.line,
  }];
}
