// A token the TypeScript parser could not take because it repeats the one before it (`::`, `,,`,
// `= =`, `..`, `return return`, `=> =>`) or because it is a closing bracket that closes nothing
// (`f(1));`, `}}`). Removing it is the whole fix; the parser judges the result.
import type { Candidate } from '../candidates.ts';
import { CLOSER_OF, type CodeScan } from '../code-scan.ts';
import { indexLines, isBlank, lineEndWithEol, lineOf, lineStart, lineText } from '../text-lines.ts';
import { BRACKET_NAME } from './bracket-names.ts';
import { lineTokens, tokenAndPrevious } from './syntax-tokens.ts';

/** JavaScript's tokens: names, numbers, the longest operator first, then any single character. */
const TS_TOKEN =
  /[A-Za-z_$][\w$]*|\d[\w.]*|>>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|\?\?=|&&=|\|\|=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\+\+|--|\*\*|<<|>>|[-+*/%&|^]=|[^\s\w$]/y;

// Candidates that remove the token at `offset`, doubled first, then an unmatched closer.
export function strayTokenCandidates(scan: CodeScan, offset: number): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const line = lineOf(index, offset);
  const found = tokenAndPrevious(lineTokens(scan, index, line, TS_TOKEN), offset);
  if (!found || found.token.kind !== 'code') return [];
  const { token, previous } = found;
  const candidates: Candidate[] = [];
  if (previous && previous.kind === 'code' && previous.text === token.text && !(token.text in BRACKET_NAME)) {
    candidates.push({
      after: text.slice(0, previous.end) + text.slice(token.end),
      description: `remove the doubled '${token.text}'`,
      reason: `'${token.text}' is written twice on line ${line}`,
      lastTouchedLine: line,
    });
  }
  if (isUnmatchedCloser(scan, token.start)) {
    const removed = text.slice(0, token.start) + text.slice(token.end);
    // A closer alone on its line goes with its line.
    const alone = isBlank(lineText(index, line).replace(token.text, ''));
    const after = alone ? text.slice(0, lineStart(index, line)) + text.slice(lineEndWithEol(index, line)) : removed;
    candidates.push({
      after,
      description: `remove the stray '${token.text}'`,
      reason: `the '${token.text}' on line ${line} closes nothing`,
      lastTouchedLine: Math.max(1, alone ? line - 1 : line),
    });
  }
  return candidates;
}

// True when the closing bracket at `offset` closes no opener: none is open, or the innermost one
// is of another kind (`{ f(x)) }`).
function isUnmatchedCloser(scan: CodeScan, offset: number): boolean {
  const open: string[] = [];
  for (const bracket of scan.brackets) {
    if (bracket.offset > offset) break;
    const closes = !(bracket.char in CLOSER_OF);
    if (bracket.offset === offset) return closes && CLOSER_OF[open[open.length - 1]] !== bracket.char;
    if (!closes) open.push(bracket.char);
    else if (CLOSER_OF[open[open.length - 1]] === bracket.char) open.pop();
  }
  return false;
}
