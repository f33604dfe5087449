// `if x = 1:` — an assignment where a comparison was meant. Python 3.10+ says "Maybe you meant
// '==' or ':=' instead of '='?" (or "cannot assign to ... here. Maybe you meant '=='...") and
// blames the comparison's span; the lone '=' in or just after it becomes '=='.
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import { indexLines, lineOf } from '../text-lines.ts';
import type { PythonSyntaxError } from './py-syntax-error.ts';
import { lineTokens, PY_TOKEN, type Token } from './syntax-tokens.ts';

export const USE_EQUALS = "use '==' for the comparison";

// One candidate per lone '=' from the span's start to the end of its last line, first first.
export function equalsForAssignCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const index = indexLines(scan.text);
  const tokens: Token[] = [];
  for (let line = error.line; line <= error.endLine; line++) tokens.push(...lineTokens(scan, index, line, PY_TOKEN));
  return tokens.filter((t) => t.kind === 'code' && t.text === '=' && t.start >= error.start).map((t) => comparisonAt(scan, t));
}

// Replaces the '=' token with '=='.
export function comparisonAt(scan: CodeScan, token: Token): Candidate {
  const line = lineOf(indexLines(scan.text), token.start);
  return {
    after: scan.text.slice(0, token.start) + '==' + scan.text.slice(token.end),
    description: USE_EQUALS,
    reason: `the condition on line ${line} assigns with '=' where it compares`,
    lastTouchedLine: line,
  };
}
