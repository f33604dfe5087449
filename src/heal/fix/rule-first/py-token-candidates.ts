// Candidate edits for the Python SyntaxErrors that name a missing or stray token. Returns null
// for any other SyntaxError: those are not this fixer's to guess at.
import type { Failure } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { CLOSER_OF, OPENER_OF, scanCode, unclosedBefore, type Bracket, type CodeScan } from '../code-scan.ts';
import { indexLines, lineEnd, lineOf, lineStart, offsetAt } from '../text-lines.ts';
import { BRACKET_NAME } from './bracket-names.ts';
import { closeCandidates } from './py-close-candidates.ts';
import { codeEndOfLine, isCompoundHeader, logicalEnd, logicalStart } from './py-logical-line.ts';

const COLON = 'add the colon at the correct position';

// The candidates for the failure's message, most plausible first; null when it is not ours.
export function pythonTokenCandidates(text: string, failure: Failure): Candidate[] | null {
  const scan = scanCode(text, 'python');
  const message = failure.message.replace(/^\w*Error: /, '');
  if (/^expected ':'/.test(message)) return colonCandidates(scan, failure);
  if (/^invalid syntax$/.test(message)) return isCompoundHeader(scan, failure.line) ? headerCandidates(scan, failure) : null;
  const neverClosed = /^'([([{])' was never closed/.exec(message);
  if (neverClosed) return openersOn(scan, failure, neverClosed[1]).flatMap((o) => closeCandidates(scan, o));
  if (/^unexpected EOF while parsing/.test(message)) {
    const open = unclosedBefore(scan, text.length);
    return open.length > 0 ? closeCandidates(scan, open[open.length - 1]) : null;
  }
  const mismatch = /^closing parenthesis '(.)' does not match opening parenthesis '(.)'/.exec(message);
  if (mismatch) return mismatchCandidates(scan, failure, mismatch[1]);
  const unmatched = /^unmatched '([)\]}])'/.exec(message);
  if (unmatched) return unmatchedCandidates(scan, failure, unmatched[1]);
  return null;
}

function colonCandidates(scan: CodeScan, failure: Failure): Candidate[] {
  const index = indexLines(scan.text);
  if (!isCompoundHeader(scan, failure.line)) return [];
  const line = logicalEnd(scan, index, failure.line);
  const end = codeEndOfLine(scan, index, line);
  const reason = `the statement header ending on line ${line} has no ':'`;
  const spots = [end, failure.column && failure.line === line ? offsetAt(index, line, failure.column) : null];
  return spots
    .filter((at): at is number => at !== null && scan.text[at - 1] !== ':')
    .map((at) => ({ after: scan.text.slice(0, at) + ':' + scan.text.slice(at), description: COLON, reason, lastTouchedLine: line }));
}

// A bare "invalid syntax" on a header: its colon is missing, or a bracket before the colon is.
function headerCandidates(scan: CodeScan, failure: Failure): Candidate[] {
  const index = indexLines(scan.text);
  const from = lineStart(index, logicalStart(scan, index, failure.line));
  const open = unclosedBefore(scan, lineEnd(index, failure.line)).filter((b) => b.offset >= from);
  return [...colonCandidates(scan, failure), ...open.reverse().flatMap((o) => closeCandidates(scan, o))];
}

// The unclosed openers the message points at: the one at the column, else those on the line.
function openersOn(scan: CodeScan, failure: Failure, char: string): Bracket[] {
  const index = indexLines(scan.text);
  const open = unclosedBefore(scan, scan.text.length).filter((b) => b.char === char && lineOf(index, b.offset) === failure.line);
  const exact = failure.column ? open.filter((b) => b.offset === offsetAt(index, failure.line, failure.column ?? 1)) : [];
  return exact.length > 0 ? exact : open;
}

// `foo(a[1)`: the inner '[' was left open (add ']'), or `print(a]`: the wrong closer was typed.
function mismatchCandidates(scan: CodeScan, failure: Failure, closer: string): Candidate[] {
  const index = indexLines(scan.text);
  const stack: Bracket[] = [];
  for (const bracket of scan.brackets) {
    if (bracket.char in CLOSER_OF) {
      stack.push(bracket);
      continue;
    }
    const top = stack.pop();
    if (!top || bracket.char !== closer || CLOSER_OF[top.char] === closer || lineOf(index, bracket.offset) !== failure.line) continue;
    const wanted = CLOSER_OF[top.char];
    const at = bracket.offset;
    const line = lineOf(index, at);
    const reason = `'${closer}' on line ${line} closes the '${top.char}' opened on line ${lineOf(index, top.offset)}`;
    const insert: Candidate = {
      after: scan.text.slice(0, at) + wanted + scan.text.slice(at),
      description: `add the missing closing ${BRACKET_NAME[top.char]}`,
      reason,
      lastTouchedLine: line,
    };
    const replace: Candidate = {
      after: scan.text.slice(0, at) + wanted + scan.text.slice(at + 1),
      description: `replace '${closer}' with '${wanted}'`,
      reason,
      lastTouchedLine: line,
    };
    const outerMatches = stack.some((b) => b.char === OPENER_OF[closer]);
    return outerMatches ? [insert, replace] : [replace, insert];
  }
  return [];
}

function unmatchedCandidates(scan: CodeScan, failure: Failure, closer: string): Candidate[] {
  const index = indexLines(scan.text);
  let depth = 0;
  for (const bracket of scan.brackets) {
    if (bracket.char in CLOSER_OF) depth++;
    else if (depth > 0) depth--;
    else if (bracket.char === closer && lineOf(index, bracket.offset) === failure.line) {
      return [{
        after: scan.text.slice(0, bracket.offset) + scan.text.slice(bracket.offset + 1),
        description: `remove the unmatched closing ${BRACKET_NAME[closer]}`,
        reason: `the '${closer}' on line ${failure.line} closes nothing`,
        lastTouchedLine: failure.line,
      }];
    }
  }
  return [];
}
