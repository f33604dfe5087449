// pycodestyle whitespace findings: trailing whitespace (W291, W293), blank lines or no newline at
// the end of the file (W391, W292), a missing space around an operator (E225) or after a comma,
// colon or semicolon (E231), a space before one (E203) or around a keyword's `=` (E251).
// Whitespace inside a string is its value: never touched.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { eolOf, indexLines, lineCount, lineEnd, lineStart, lineText, offsetAt } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

// Longest first, so `**=` is not read as `*`.
const OPERATORS = ['**=', '//=', '>>=', '<<=', '->', ':=', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', '**', '//', '>>', '<<', '=', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '@'];

type Edit = (input: LintInput) => Candidate[] | string;

const EDITS: Record<string, Edit> = {
  W291: trailingWhitespace,
  W293: trailingWhitespace,
  W391: trailingBlankLines,
  W292: finalNewline,
  E225: spaceAroundOperator,
  E231: spaceAfterPunctuation,
  E203: spaceBeforePunctuation,
  E251: spaceAroundKeywordEquals,
};

// A fixer for whitespace findings of pycodestyle.
export function pyWhitespaceFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({
    name: 'py-lint-whitespace',
    languages: ['python'],
    codes: codesOf(PY_LINT_RULES, 'py-lint-whitespace'),
    edit: (input) => EDITS[input.failure.code ?? '']?.(input) ?? `no whitespace edit for ${input.failure.code}`,
    python: options.python,
  });
}

function trailingWhitespace({ failure, text }: LintInput): Candidate[] | string {
  const index = indexLines(text);
  const end = lineEnd(index, failure.line);
  const start = lineStart(index, failure.line) + lineText(index, failure.line).trimEnd().length;
  if (start === end) return `line ${failure.line} has no trailing whitespace`;
  if (scanCode(text, 'python').kinds[start] === 'string') return `the trailing whitespace of line ${failure.line} is inside a string`;
  return [spliceCandidate(text, { start, end }, '', 'remove the trailing whitespace', 'whitespace at the end of a line is invisible noise')];
}

function trailingBlankLines({ text }: LintInput): Candidate[] | string {
  const kept = text.replace(/(\r?\n)[ \t\r\n]*$/, '$1');
  if (kept === text) return 'the file does not end with blank lines';
  if (scanCode(text, 'python').kinds[kept.length - 1] === 'string') return 'the blank lines at the end are inside a string';
  const lines = lineCount(indexLines(kept));
  return [{ after: kept, description: 'remove the blank lines at the end of the file', reason: 'a file ends with exactly one newline', lastTouchedLine: lines }];
}

function finalNewline({ text }: LintInput): Candidate[] | string {
  if (text === '' || text.endsWith('\n')) return 'the file already ends with a newline';
  const after = text + eolOf(text);
  return [{ after, description: 'add the newline at the end of the file', reason: 'a file ends with exactly one newline', lastTouchedLine: lineCount(indexLines(after)) }];
}

function spaceAroundOperator({ failure, text }: LintInput): Candidate[] | string {
  if (failure.column === undefined) return 'the finding has no column';
  const index = indexLines(text);
  const at = offsetAt(index, failure.line, failure.column);
  if (scanCode(text, 'python').kinds[at] !== 'code') return `column ${failure.column} of line ${failure.line} is not code`;
  const operator = OPERATORS.find((op) => text.startsWith(op, at));
  if (!operator) return `no operator at line ${failure.line} column ${failure.column}`;
  const end = at + operator.length;
  const before = /\s/.test(text[at - 1] ?? ' ') ? '' : ' ';
  const after = /\s/.test(text[end] ?? ' ') ? '' : ' ';
  return [spliceCandidate(text, { start: at, end }, `${before}${operator}${after}`, `add spaces around '${operator}'`, 'pycodestyle wants one space on each side of this operator')];
}

function spaceAfterPunctuation({ failure, text }: LintInput): Candidate[] | string {
  const mark = /missing whitespace after '(.)'/.exec(failure.message)?.[1];
  if (!mark || failure.column === undefined) return `not a missing-whitespace-after message: ${failure.message}`;
  const index = indexLines(text);
  const at = offsetAt(index, failure.line, failure.column);
  if (text[at] !== mark || scanCode(text, 'python').kinds[at] !== 'code') return `no '${mark}' at line ${failure.line} column ${failure.column}`;
  return [spliceCandidate(text, { start: at + 1, end: at + 1 }, ' ', `add a space after '${mark}'`, `pycodestyle wants a space after each '${mark}'`)];
}

// E203: the run of spaces before a ',', ';' or ':' goes.
function spaceBeforePunctuation(input: LintInput): Candidate[] | string {
  const run = spaceRunAt(input);
  if (typeof run === 'string') return run;
  const mark = input.text[run.end] ?? '';
  if (!/[,;:]/.test(mark)) return `the space at line ${input.failure.line} is not before ',', ';' or ':'`;
  return [spliceCandidate(input.text, run, '', `remove the space before '${mark}'`, `pycodestyle wants no space before '${mark}'`)];
}

// E251: pycodestyle reports each side of a keyword's '=' apart; both sides go in one edit.
function spaceAroundKeywordEquals(input: LintInput): Candidate[] | string {
  const run = spaceRunAt(input);
  if (typeof run === 'string') return run;
  const { text } = input;
  const equals = text[run.end] === '=' ? run.end : text[run.start - 1] === '=' ? run.start - 1 : -1;
  if (equals < 0) return `the space at line ${input.failure.line} is not next to '='`;
  const other = spaceRunAt(input, text[run.end] === '=' ? equals + 1 : equals - 1);
  const range = { start: Math.min(run.start, typeof other === 'string' ? equals : other.start), end: Math.max(run.end, typeof other === 'string' ? equals + 1 : other.end) };
  return [spliceCandidate(text, range, '=', "remove the spaces around the keyword's '='", 'pycodestyle wants no spaces around the = of a keyword argument or a default value')];
}

// The run of spaces and tabs in code at the finding's column (or at `at`), within its line.
function spaceRunAt({ failure, text }: LintInput, at?: number): { start: number; end: number } | string {
  if (failure.column === undefined) return 'the finding has no column';
  const index = indexLines(text);
  const from = at ?? offsetAt(index, failure.line, failure.column);
  if (!/[ \t]/.test(text[from] ?? '') || scanCode(text, 'python').kinds[from] !== 'code') return `no space in code at line ${failure.line} column ${failure.column}`;
  let start = from;
  while (start > lineStart(index, failure.line) && /[ \t]/.test(text[start - 1])) start--;
  let end = from;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  return { start, end };
}
