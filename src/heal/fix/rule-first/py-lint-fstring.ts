// pyflakes F541: an f-string with no placeholder is a plain string. The `f` prefix goes, and the
// doubled braces it needed ({{ and }}) become single ones so the value stays the same.
import type { Fixer } from '../../types.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, lineOf, lineStart, lineText, offsetAt } from '../text-lines.ts';
import { lintFixer, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const PREFIX = /[rRbBuUfF]{1,2}$/;

// A fixer for f-strings without placeholders.
export function pyFstringFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-fstring', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-fstring'), edit: plainString, python: options.python });
}

function plainString({ failure, text }: LintInput) {
  const index = indexLines(text);
  const scan = scanCode(text, 'python');
  const quote = stringStart(text, scan.kinds, index, failure.line, failure.column);
  if (quote === null) return `no single f-string starts at line ${failure.line}`;
  const prefix = PREFIX.exec(text.slice(Math.max(0, quote - 2), quote))?.[0] ?? '';
  if (!/f/i.test(prefix)) return `the string at line ${failure.line} is not an f-string`;
  let end = quote;
  while (end < text.length && scan.kinds[end] === 'string') end++;
  const body = text.slice(quote, end);
  if (/[{}]/.test(body.replace(/\{\{|\}\}/g, ''))) return `the f-string at line ${failure.line} has a placeholder`;
  const plain = prefix.replace(/f/i, '') + body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  const start = quote - prefix.length;
  const after = text.slice(0, start) + plain + text.slice(end);
  return [{ after, description: 'make the f-string without placeholders a plain string', reason: 'the f-string interpolates nothing', lastTouchedLine: lineOf(indexLines(after), start + plain.length) }];
}

// Offset of the opening quote of the f-string the finding is about: at its column (pyflakes points
// at the prefix), else the only f-string that starts on the line.
function stringStart(text: string, kinds: string[], index: ReturnType<typeof indexLines>, line: number, column: number | undefined): number | null {
  const isStart = (i: number): boolean => kinds[i] === 'string' && kinds[i - 1] !== 'string' && /["']/.test(text[i]);
  if (column !== undefined) {
    const at = offsetAt(index, line, column);
    for (let i = at; i < at + 3 && i < text.length; i++) if (isStart(i)) return i;
  }
  const from = lineStart(index, line);
  const starts: number[] = [];
  for (let i = from; i < from + lineText(index, line).length; i++) {
    if (isStart(i) && /f/i.test(PREFIX.exec(text.slice(Math.max(0, i - 2), i))?.[0] ?? '')) starts.push(i);
  }
  return starts.length === 1 ? starts[0] : null;
}
