// pycodestyle W605: an invalid escape sequence (`"\w+"`), which Python keeps as a backslash and
// the letter (and 3.12 warns about). A string whose every backslash is such an escape becomes a
// raw string, the usual form of a regular expression; otherwise each invalid escape's backslash
// is doubled. Either way the string's value does not change.
import type { Fixer } from '../../types.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, lineOf, lineStart, lineText, offsetAt } from '../text-lines.ts';
import { lintFixer, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const PREFIX = /[rRbBuUfF]{0,2}$/;
/** What may follow a backslash in a str literal (bytes have no \N, \u, \U: they are invalid there). */
const VALID_ESCAPE = /^(\n|\\|'|"|a|b|f|n|r|t|v|[0-7]|x|N\{|u|U)/;
const BYTES_VALID_ESCAPE = /^(\n|\\|'|"|a|b|f|n|r|t|v|[0-7]|x)/;

// A fixer for invalid escape sequences in string literals.
export function pyEscapeFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-escape', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-escape'), edit: fixEscapes, python: options.python });
}

function fixEscapes({ failure, text }: LintInput) {
  const index = indexLines(text);
  const scan = scanCode(text, 'python');
  const at = backslashAt(text, scan.kinds, index, failure.line, failure.column);
  if (at === null) return `no backslash in a string at line ${failure.line}`;
  let start = at;
  while (start > 0 && scan.kinds[start - 1] === 'string') start--;
  let end = at;
  while (end < text.length && scan.kinds[end] === 'string') end++;
  const prefix = PREFIX.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? '';
  if (/r/i.test(prefix)) return `the string at line ${failure.line} is raw already`;
  const bytes = /b/i.test(prefix);
  const literal = text.slice(start, end);
  const quote = /^("""|'''|"|')/.exec(literal)?.[0];
  if (!quote || !literal.endsWith(quote)) return `no whole string literal around line ${failure.line}`;
  const body = literal.slice(quote.length, literal.length - quote.length);
  const escapes = backslashes(body, bytes ? BYTES_VALID_ESCAPE : VALID_ESCAPE);
  const invalid = escapes.filter((e) => !e.valid);
  if (invalid.length === 0) return `the string at line ${failure.line} has no invalid escape`;
  // A raw string may not end with a backslash, and Python 3 has no `ur` prefix.
  const allInvalid = escapes.every((e) => !e.valid) && !body.endsWith('\\') && !/u/i.test(prefix);
  const fixed = allInvalid
    ? `r${literal}`
    : quote + [...body].map((ch, i) => (invalid.some((e) => e.at === i) ? '\\\\' : ch)).join('') + quote;
  const after = text.slice(0, start) + fixed + text.slice(end);
  const description = allInvalid ? 'make the string raw' : `escape the backslash${invalid.length > 1 ? 'es' : ''} of the invalid escape sequence${invalid.length > 1 ? 's' : ''}`;
  const reason = `${invalid.map((e) => JSON.stringify(body.slice(e.at, e.at + 2))).join(', ')} ${invalid.length > 1 ? 'are' : 'is'} not ${invalid.length > 1 ? 'escape sequences' : 'an escape sequence'}; Python keeps the backslash`;
  return [{ after, description, reason, lastTouchedLine: lineOf(indexLines(after), start + fixed.length) }];
}

// Every backslash escape of the body, in order: where it stands and whether Python knows it.
function backslashes(body: string, valid: RegExp): Array<{ at: number; valid: boolean }> {
  const found: Array<{ at: number; valid: boolean }> = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') continue;
    const known = valid.test(body.slice(i + 1));
    found.push({ at: i, valid: known });
    if (known) i++; // `\\` is one escape: the second backslash starts nothing
  }
  return found;
}

// Offset of the backslash the finding points at (its column, give or take one), else the first
// backslash inside a string on the line; null when there is none.
function backslashAt(text: string, kinds: string[], index: ReturnType<typeof indexLines>, line: number, column: number | undefined): number | null {
  const isOne = (i: number) => text[i] === '\\' && kinds[i] === 'string';
  if (column !== undefined) {
    const at = offsetAt(index, line, column);
    const near = [at, at - 1, at + 1].find(isOne);
    if (near !== undefined) return near;
  }
  const from = lineStart(index, line);
  for (let i = from; i < from + lineText(index, line).length; i++) if (isOne(i)) return i;
  return null;
}
