// Python's unterminated strings: "unterminated string literal (detected at line N)" and its
// triple-quoted twin. The error starts at the literal (prefix included); the quotes follow it.
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import type { PythonSyntaxError } from './py-syntax-error.ts';
import { closeMultiLineCandidates, closeStringCandidates, type StringStyle } from './syntax-string.ts';

const ONE_LINE: StringStyle = {
  trailing: ')]}:,;',
  comment: /[ \t]+#/,
  prefix: /^(?:[rRbBfFuU]|[rR][bBfF]|[bBfF][rR])$/,
  maxLines: 0,
};
const TRIPLE: StringStyle = { ...ONE_LINE, trailing: '', maxLines: 100 };

// Candidates that close the one-line string the error starts at.
export function unterminatedStringCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const quoteAt = quoteOf(scan.text, error.start);
  return quoteAt === null ? [] : closeStringCandidates(scan, quoteAt, ONE_LINE);
}

// Candidates that close the triple-quoted string the error starts at, at the end of a later line.
export function unterminatedTripleCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const quoteAt = quoteOf(scan.text, error.start);
  if (quoteAt === null) return [];
  return closeMultiLineCandidates(scan, quoteAt, scan.text[quoteAt].repeat(3), TRIPLE);
}

// Offset of the opening quote after an optional prefix (f, rb...).
function quoteOf(text: string, start: number): number | null {
  const match = /^[A-Za-z]{0,2}['"]/.exec(text.slice(start, start + 3));
  return match ? start + match[0].length - 1 : null;
}
