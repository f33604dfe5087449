// pycodestyle E711/E712: a comparison to None, True or False with == or !=. The operator becomes
// what pycodestyle's own message advises ('if cond is None:', 'if cond is not True:'), and only
// that operator changes.
import type { Fixer } from '../../types.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, lineText, offsetAt } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const ADVICE = /^comparison to (None|True|False) should be 'if cond (is(?: not)?) \1:'/;
const OPERATOR = /(==|!=)/g;

// A fixer for comparisons to singletons with == / !=.
export function pyComparisonFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-comparison', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-comparison'), edit: compareWithIs, python: options.python });
}

function compareWithIs({ failure, text }: LintInput) {
  const advice = ADVICE.exec(failure.message);
  if (!advice) return `not a comparison-to-singleton message: ${failure.message}`;
  const [, singleton, operator] = advice;
  const start = operatorOffset(text, failure.line, failure.column, singleton);
  if (start === null) return `no == or != next to ${singleton} at line ${failure.line}`;
  const before = /\s/.test(text[start - 1] ?? ' ') ? '' : ' ';
  const after = /\s/.test(text[start + 2] ?? ' ') ? '' : ' ';
  const description = `compare to ${singleton} with '${operator}'`;
  const reason = `pycodestyle advises 'if cond ${operator} ${singleton}:': ${singleton} is a singleton, compared by identity`;
  return [spliceCandidate(text, { start, end: start + 2 }, `${before}${operator}${after}`, description, reason)];
}

// The operator the finding is about: at its column when that holds one, else the only == / !=
// of the line that has the singleton on one side.
function operatorOffset(text: string, line: number, column: number | undefined, singleton: string): number | null {
  const index = indexLines(text);
  const kinds = scanCode(text, 'python').kinds;
  if (column !== undefined) {
    const at = offsetAt(index, line, column);
    if (/^[=!]=/.test(text.slice(at, at + 2)) && kinds[at] === 'code') return at;
  }
  const start = offsetAt(index, line, 1);
  const source = lineText(index, line);
  const near = new RegExp(`^\\s*${singleton}\\b|\\b${singleton}\\s*$`);
  const found = [...source.matchAll(OPERATOR)]
    .filter((m) => kinds[start + (m.index ?? 0)] === 'code')
    .filter((m) => near.test(source.slice(m.index! + 2)) || near.test(source.slice(0, m.index)));
  return found.length === 1 ? start + found[0].index! : null;
}
