// ESLint semi ("Missing semicolon", "Extra semicolon") and no-extra-semi ("Unnecessary
// semicolon"): one `;` added or removed at the position ESLint gives.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, isBlank, lineEndWithEol, lineStart, lineText, offsetAt } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, JS_LINT_RULES } from './lint-rules.ts';

// A fixer for missing and superfluous semicolons.
export function jsSemicolonFixer(): Fixer {
  return lintFixer({ name: 'js-lint-semicolon', languages: ['javascript', 'typescript'], codes: codesOf(JS_LINT_RULES, 'js-lint-semicolon'), edit: fixSemicolon });
}

function fixSemicolon({ failure, text }: LintInput): Candidate[] | string {
  if (failure.column === undefined) return 'the finding has no column';
  const index = indexLines(text);
  const at = offsetAt(index, failure.line, failure.column);
  const kinds = scanCode(text, 'js').kinds;
  if (/^Missing semicolon/.test(failure.message)) {
    if (at === 0 || /\s/.test(text[at - 1]) || kinds[at - 1] === 'comment') return `no statement ends at line ${failure.line} column ${failure.column}`;
    return [spliceCandidate(text, { start: at, end: at }, ';', 'add the missing semicolon', 'ESLint requires a semicolon at the end of the statement')];
  }
  if (!/^(Extra|Unnecessary) semicolon/.test(failure.message)) return `not a semicolon message: ${failure.message}`;
  if (text[at] !== ';' || kinds[at] !== 'code') return `no ';' at line ${failure.line} column ${failure.column}`;
  const rest = lineText(index, failure.line);
  const column = at - lineStart(index, failure.line);
  // A `;` alone on its line takes the line with it.
  if (isBlank(rest.slice(0, column) + rest.slice(column + 1))) {
    return [spliceCandidate(text, { start: lineStart(index, failure.line), end: lineEndWithEol(index, failure.line) }, '', 'remove the unnecessary semicolon', 'the semicolon ends no statement')];
  }
  return [spliceCandidate(text, { start: at, end: at + 1 }, '', 'remove the unnecessary semicolon', 'the semicolon ends no statement')];
}
