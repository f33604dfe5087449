// pycodestyle blank-line findings: too few blank lines before a definition or after one (E301,
// E302, E305, E306: "expected n ..., found m"), too many (E303), blank lines after a decorator
// (E304). Blank lines are added or removed right above the reported line; a comment that sits on
// a definition stays with it.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { eolOf, indentOf, indexLines, isBlank, lineStart, lineText, type LineIndex } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const EXPECTED = /^expected (\d+) blank lines?\b.*, found (\d+)/;
const TOO_MANY = /^too many blank lines \((\d+)\)/;
const AFTER_DECORATOR = /^blank lines found after function decorator \((\d+)\)/;

// A fixer for blank-line findings of pycodestyle.
export function pyBlankLinesFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-blank-lines', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-blank-lines'), edit: fixBlankLines, python: options.python });
}

function fixBlankLines({ failure, text }: LintInput): Candidate[] | string {
  const index = indexLines(text);
  if (failure.line < 2) return 'the finding is on the first line';
  if (scanCode(text, 'python').kinds[lineStart(index, failure.line)] === 'string') return `line ${failure.line} is inside a string`;
  const expected = EXPECTED.exec(failure.message);
  if (expected) return addBlankLines(text, index, failure.line, Number(expected[1]) - Number(expected[2]));
  const tooMany = TOO_MANY.exec(failure.message);
  if (tooMany) return removeBlankLines(text, index, failure.line, indentOf(lineText(index, failure.line)) === '' ? 2 : 1);
  if (AFTER_DECORATOR.test(failure.message)) return removeBlankLines(text, index, failure.line, 0);
  return `not a blank-line message: ${failure.message}`;
}

function addBlankLines(text: string, index: LineIndex, line: number, missing: number): Candidate[] | string {
  if (missing <= 0) return 'no blank line is missing';
  // Above the comments that lead into the line, unless blank lines already separate them.
  let at = line;
  if (!isBlank(lineText(index, line - 1))) {
    while (at > 1 && /^[ \t]*#/.test(lineText(index, at - 1))) at--;
  }
  if (at === 1) return `nothing but comments precede line ${line}`;
  const eol = eolOf(text);
  const start = lineStart(index, at);
  const plural = missing === 1 ? 'a blank line' : `${missing} blank lines`;
  return [spliceCandidate(text, { start, end: start }, eol.repeat(missing), `add ${plural} before line ${line}`, 'pycodestyle separates definitions by blank lines')];
}

function removeBlankLines(text: string, index: LineIndex, line: number, allowed: number): Candidate[] | string {
  let first = line;
  while (first > 1 && isBlank(lineText(index, first - 1))) first--;
  const extra = line - first - allowed;
  if (extra <= 0) return `line ${line} does not follow more than ${allowed} blank line(s)`;
  const plural = extra === 1 ? 'the extra blank line' : `${extra} extra blank lines`;
  return [spliceCandidate(text, { start: lineStart(index, first), end: lineStart(index, first + extra) }, '', `remove ${plural} before line ${line}`, `pycodestyle allows ${allowed} blank line(s) here`)];
}
