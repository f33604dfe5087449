// ESLint eqeqeq ("Expected '===' and instead saw '=='"): the operator ESLint points at becomes the
// one it expects; the rule's own options (smart, null: ignore) already chose which to report.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, offsetAt } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, JS_LINT_RULES } from './lint-rules.ts';

const EXPECTED = /^Expected '(===|!==)' and instead saw '(==|!=)'/;

// A fixer for loose equality that ESLint's eqeqeq reports.
export function jsEqeqeqFixer(): Fixer {
  return lintFixer({ name: 'js-lint-eqeqeq', languages: ['javascript', 'typescript'], codes: codesOf(JS_LINT_RULES, 'js-lint-eqeqeq'), edit: strictEquality });
}

function strictEquality({ failure, text }: LintInput): Candidate[] | string {
  const match = EXPECTED.exec(failure.message);
  if (!match || failure.column === undefined) return `not an eqeqeq message: ${failure.message}`;
  const [, expected, saw] = match;
  const at = offsetAt(indexLines(text), failure.line, failure.column);
  if (!text.startsWith(saw, at) || text[at + saw.length] === '=' || scanCode(text, 'js').kinds[at] !== 'code') {
    return `no '${saw}' at line ${failure.line} column ${failure.column}`;
  }
  return [spliceCandidate(text, { start: at, end: at + saw.length }, expected, `use '${expected}' instead of '${saw}'`, `'${saw}' converts types before comparing; ESLint's eqeqeq asks for '${expected}'`)];
}
