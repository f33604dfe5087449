// Candidate edits for a TypeScript/JavaScript syntax error of a missing token. The token and its
// place come from tsc's "'x' expected." when that is the failure, else from the TypeScript
// parser's first diagnostic on the file (node and eslint word the same errors differently).
import type { Failure } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { CLOSER_OF, lastCodeEnd, scanCode, unclosedBefore, type Bracket, type CodeScan } from '../code-scan.ts';
import { eolOf, indentOf, indexLines, isBlank, lineCount, lineEndWithEol, lineOf, lineText, offsetAt } from '../text-lines.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { BRACKET_NAME } from './bracket-names.ts';

const EXPECTED = /^'([:;)\]},])' expected/;

const STATEMENT_START = /^(const|let|var|function|class|return|if|for|while|do|switch|try|throw|export|import|type|interface|enum|async|await|break|continue)\b/;

const DESCRIPTION: Record<string, string> = {
  ':': 'add the colon at the correct position',
  ',': 'add the missing comma',
  ';': 'add the missing semicolon',
};

interface Target {
  token: string;
  offset: number;
  /** True when the parser, not the failure, placed it: the candidates then report their own line. */
  locatedHere: boolean;
}

// The candidates, most plausible first; null when the file's error is not a missing token.
export async function tsTokenCandidates(file: string, text: string, failure: Failure): Promise<Candidate[] | null> {
  const target = await targetOf(file, text, failure);
  if (!target) return null;
  const scan = scanCode(text, 'js');
  const at = lastCodeEnd(scan, 0, target.offset) ?? target.offset;
  const open = unclosedBefore(scan, target.offset);
  const inner = open[open.length - 1];
  const reason = `the parser expected '${target.token}' at line ${lineOf(indexLines(text), target.offset)}`;
  const candidates: Candidate[] = [];
  if (target.token === '}' && inner?.char === '{') candidates.push(...blockClose(scan, inner, reason));
  // A ';' only ends a statement before one that starts with a word: `1 2` lacks an operator.
  if (target.token !== ';' || /^[A-Za-z_$]/.test(text.slice(target.offset))) candidates.push(insertAt(text, at, target.token, reason));
  if (inner && CLOSER_OF[inner.char] !== target.token) {
    const innerReason = `the '${inner.char}' on line ${lineOf(indexLines(text), inner.offset)} is never closed`;
    if (inner.char === '{') candidates.push(...blockClose(scan, inner, innerReason));
    candidates.push(insertAt(text, at, CLOSER_OF[inner.char], innerReason));
  }
  // `const a = 1 const b = 2`: outside brackets tsc reads one declaration list and asks for a
  // ',' where a statement ended without its ';'.
  if (target.token === ',' && (!inner || inner.char === '{') && STATEMENT_START.test(text.slice(target.offset))) {
    candidates.push(insertAt(text, at, ';', `the statement on line ${lineOf(indexLines(text), at)} ends without ';'`));
  }
  // The line of the statement that lacks the token: what the fix line names when the tool was vague.
  const line = lineOf(indexLines(text), at);
  return target.locatedHere && line !== failure.line ? candidates.map((c) => ({ ...c, line })) : candidates;
}

async function targetOf(file: string, text: string, failure: Failure): Promise<Target | null> {
  const own = EXPECTED.exec(failure.message);
  if (own && failure.column !== undefined) {
    return { token: own[1], offset: offsetAt(indexLines(text), failure.line, failure.column), locatedHere: false };
  }
  const first = (await tsParseDiagnostics(file, text))[0];
  const expected = first && first.code === 1005 ? EXPECTED.exec(first.message) : null;
  return expected ? { token: expected[1], offset: first.offset, locatedHere: true } : null;
}

function describe(token: string): string {
  return DESCRIPTION[token] ?? `add the missing closing ${BRACKET_NAME[token]}`;
}

function insertAt(text: string, at: number, token: string, reason: string): Candidate {
  const after = text.slice(0, at) + token + text.slice(at);
  return { after, description: describe(token), reason, lastTouchedLine: lineOf(indexLines(after), at) };
}

// A block left open (`{` ending its line): close it on a line of its own, after the block's last
// indented line and before the first line indented no deeper than the opening one.
function blockClose(scan: CodeScan, opener: Bracket, reason: string): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const openerLine = lineOf(index, opener.offset);
  if (lastCodeEnd(scan, opener.offset, lineEndWithEol(index, openerLine)) !== opener.offset + 1) return [];
  const indent = indentOf(lineText(index, openerLine));
  let stop = openerLine + 1;
  while (stop <= lineCount(index)) {
    const content = lineText(index, stop);
    if (!isBlank(content) && indentOf(content).length <= indent.length) break;
    stop++;
  }
  let last = stop - 1;
  while (last > openerLine && isBlank(lineText(index, last))) last--;
  const eol = eolOf(text);
  const at = lineEndWithEol(index, last);
  const endsWithEol = at > 0 && text[at - 1] === '\n';
  const line = `${endsWithEol ? '' : eol}${indent}}${endsWithEol ? eol : ''}`;
  const after = text.slice(0, at) + line + text.slice(at);
  return [{ after, description: describe('}'), reason, lastTouchedLine: last + 1 }];
}
