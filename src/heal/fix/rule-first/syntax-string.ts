// Where an unterminated string literal should end. Shared by the Python and the JS/TS syntax
// fixers: the candidates differ only in which characters may follow a string on its line.
import type { Candidate } from '../candidates.ts';
import type { CodeScan } from '../code-scan.ts';
import { indexLines, lineCount, lineEnd, lineOf, lineStart } from '../text-lines.ts';

export const CLOSE_STRING = 'close the string literal';
export const OPEN_STRING = 'add the missing opening quote';
export const APOSTROPHE = 'use double quotes for the string with an apostrophe';
export const MATCH_QUOTE = 'close the string with its opening quote';

// Each candidate costs a parse; a long line offers many places, the first few are the likely ones.
const MAX_SPOTS = 12;

export interface StringStyle {
  /** Characters that end a statement or an enclosing construct; a string is closed before them. */
  trailing: string;
  /** A comment after the string: matched from its leading blanks, on the rest of the line. */
  comment: RegExp;
  /** Letters that may prefix a string (Python's f, r, b...): a word of them is no missing opener. */
  prefix: RegExp | null;
  /** How many lines a multi-line literal (triple-quoted, template) may be closed after its start. */
  maxLines: number;
}

// Candidates that close the one-line string opened at `quoteAt`, most plausible first: before the
// punctuation that ends the line, at the end of the line, before earlier punctuation; then the
// opening quote forgotten before a word, or an apostrophe that ended a single-quoted string.
export function closeStringCandidates(scan: CodeScan, quoteAt: number, style: StringStyle): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const quote = text[quoteAt];
  const line = lineOf(index, quoteAt);
  const reason = `the string opened on line ${line} is never closed`;
  const close = (at: number): Candidate => ({ after: text.slice(0, at) + quote + text.slice(at), description: CLOSE_STRING, reason, lastTouchedLine: line });
  const ends = contentEnds(text, quoteAt + 1, lineEnd(index, line), style);
  const spots: number[] = [];
  for (const end of ends) spots.push(...beforeTrailing(text, quoteAt + 1, end, style));
  const lastEnd = ends[ends.length - 1];
  for (let at = lastEnd - 1; at > quoteAt + 1; at--) {
    if (style.trailing.includes(text[at])) spots.push(trimEnd(text, at, quoteAt + 1));
  }
  const places = unique(spots.filter((at) => at > quoteAt + 1)).slice(0, MAX_SPOTS);
  // `"abc'`: the string was closed with the other quote.
  const other = quote === '"' ? "'" : '"';
  const mismatched = places
    .filter((at) => at - 1 > quoteAt && text[at - 1] === other)
    .map((at) => ({ ...close(at - 1), after: text.slice(0, at - 1) + quote + text.slice(at), description: MATCH_QUOTE }));
  return [...mismatched, ...places.map(close), ...openerCandidates(scan, quoteAt, style, line)];
}

// Candidates that close a literal spanning lines (a triple-quoted string, a template literal) at
// the end of one of the lines after its start, nearest first.
export function closeMultiLineCandidates(scan: CodeScan, openAt: number, closer: string, style: StringStyle): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const first = lineOf(index, openAt);
  const reason = `the literal opened on line ${first} is never closed`;
  const candidates: Candidate[] = [];
  const last = Math.min(lineCount(index), first + style.maxLines);
  for (let line = first; line <= last; line++) {
    const from = line === first ? openAt + closer.length : lineStart(index, line);
    const end = trimEnd(text, lineEnd(index, line), from);
    if (end <= from && line === first) continue;
    for (const at of beforeTrailing(text, from, end, style)) {
      candidates.push({ after: text.slice(0, at) + closer + text.slice(at), description: CLOSE_STRING, reason, lastTouchedLine: line });
    }
  }
  return candidates;
}

// `print(hello")`: the quote closes a word that was meant to be the string. `'don't stop'`: the
// apostrophe ended a single-quoted string, which double quotes would have held.
function openerCandidates(scan: CodeScan, quoteAt: number, style: StringStyle, line: number): Candidate[] {
  const text = scan.text;
  const quote = text[quoteAt];
  let word = quoteAt;
  while (word > 0 && /\w/.test(text[word - 1])) word--;
  const candidates: Candidate[] = [];
  const reason = `the quote on line ${line} has no partner`;
  const wordText = text.slice(word, quoteAt);
  const isPrefix = style.prefix !== null && style.prefix.test(wordText);
  if (word < quoteAt && !isPrefix && scan.kinds[word - 1] !== 'string') {
    candidates.push({ after: text.slice(0, word) + quote + text.slice(word), description: OPEN_STRING, reason, lastTouchedLine: line });
  }
  const previous = previousStringStart(scan, quoteAt, quote);
  if (quote === "'" && previous !== null && !text.slice(previous, quoteAt).includes('"')) {
    const after = text.slice(0, previous) + '"' + text.slice(previous + 1, quoteAt) + '"' + text.slice(quoteAt + 1);
    candidates.push({ after, description: APOSTROPHE, reason: `an apostrophe on line ${line} ends the single-quoted string early`, lastTouchedLine: line });
  }
  return candidates;
}

// Start of the string just before `quoteAt` on its line when it is a plain one-quote string of
// the same quote and only code lies between: `'don'` in `'don't stop'`.
function previousStringStart(scan: CodeScan, quoteAt: number, quote: string): number | null {
  let i = quoteAt - 1;
  while (i >= 0 && scan.kinds[i] === 'code' && scan.text[i] !== '\n') i--;
  if (i < 0 || scan.kinds[i] !== 'string' || scan.text[i] !== quote || i === quoteAt - 1) return null;
  let start = i;
  while (start > 0 && scan.kinds[start - 1] === 'string' && scan.text[start - 1] !== '\n') start--;
  if (scan.text[start] !== quote || start === i || scan.text.startsWith(quote.repeat(3), start)) return null;
  return start;
}

// Where content ending at `end` may close: before all of its trailing punctuation (`);`), then
// before less of it (a `}` may end a template's `${...}`), then at `end` itself.
function beforeTrailing(text: string, from: number, end: number, style: StringStyle): number[] {
  let run = end;
  while (run > from && style.trailing.includes(text[run - 1])) run--;
  const spots: number[] = [];
  for (let at = run; at < end; at++) spots.push(trimEnd(text, at, from));
  return unique([...spots, end]);
}

// The ends the string's content may have on its line: before a trailing comment, then the line's end.
function contentEnds(text: string, from: number, end: number, style: StringStyle): number[] {
  const rest = text.slice(from, end);
  const comment = style.comment.exec(rest);
  const lineEnd = trimEnd(text, end, from);
  return comment && comment.index > 0 ? unique([trimEnd(text, from + comment.index, from), lineEnd]) : [lineEnd];
}

function trimEnd(text: string, at: number, floor: number): number {
  let end = at;
  while (end > floor && /[ \t]/.test(text[end - 1])) end--;
  return end;
}

function unique(values: number[]): number[] {
  return [...new Set(values)];
}
