// Unterminated JavaScript/TypeScript literals: TS1002 "Unterminated string literal." (blamed at
// the end of its line) and TS1160 "Unterminated template literal." (blamed at the end of the file).
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import { closeMultiLineCandidates, closeStringCandidates, type StringStyle } from './syntax-string.ts';

const JS_STRING: StringStyle = { trailing: ';,)]}:', comment: /[ \t]+\/\//, prefix: null, maxLines: 50 };

// Candidates that close the quoted string that runs up to `offset`.
export function unterminatedStringCandidates(scan: CodeScan, offset: number): Candidate[] {
  let start = offset;
  while (start > 0 && scan.kinds[start - 1] === 'string') start--;
  const quote = scan.text[start];
  if (start === offset || (quote !== '"' && quote !== "'")) return [];
  return closeStringCandidates(scan, start, JS_STRING);
}

// Candidates that close the last template literal, which runs to the end of the file.
export function unterminatedTemplateCandidates(scan: CodeScan): Candidate[] {
  let open = scan.text.lastIndexOf('`');
  while (open >= 0 && scan.kinds[open] !== 'string') open = scan.text.lastIndexOf('`', open - 1);
  return open < 0 ? [] : closeMultiLineCandidates(scan, open, '`', JS_STRING);
}
