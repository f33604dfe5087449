// pycodestyle E501 (line too long), fixed only where Python allows a line break without a
// backslash: after a comma inside brackets. Each continuation is aligned just inside its opening
// bracket (pycodestyle's visual indent). A line with no such comma, or still too long after
// wrapping, is declined: splitting strings or expressions is a person's choice.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode, unclosedBefore, type CodeScan } from '../code-scan.ts';
import { eolOf, indexLines, lineEnd, lineStart, lineText } from '../text-lines.ts';
import { lintFixer, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const TOO_LONG = /^line too long \((\d+) > (\d+) characters\)/;

interface Segment {
  /** Offset in the original text where the output line's text starts. */
  start: number;
  /** Spaces put before it (0 for the original first line, which keeps its own indentation). */
  indent: number;
}

// A fixer for over-long lines that can be wrapped at a comma inside brackets.
export function pyLineLengthFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-line-length', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-line-length'), edit: wrapLine, python: options.python });
}

function wrapLine({ failure, text }: LintInput): Candidate[] | string {
  const limit = TOO_LONG.exec(failure.message);
  if (!limit) return `not a line-too-long message: ${failure.message}`;
  const max = Number(limit[2]);
  const index = indexLines(text);
  if (lineText(index, failure.line).includes('\t')) return `line ${failure.line} holds tabs`;
  const scan = scanCode(text, 'python');
  const from = lineStart(index, failure.line);
  const to = lineEnd(index, failure.line);
  const segments = wrapSegments(scan, from, to, max);
  if (segments === null) return `line ${failure.line} has no comma inside brackets where a wrap keeps every part within ${max} characters`;
  const eol = eolOf(text);
  let after = text.slice(0, from);
  segments.forEach((segment, i) => {
    const end = i + 1 < segments.length ? trimmedEnd(text, segments[i + 1].start) : to;
    after += (i === 0 ? '' : eol + ' '.repeat(segment.indent)) + text.slice(segment.start, end);
  });
  after += text.slice(to);
  const reason = `the line is longer than ${max} characters; a break after a comma inside brackets needs no backslash`;
  return [{ after, description: 'wrap the long line after a comma inside its brackets', reason, lastTouchedLine: failure.line + segments.length - 1 }];
}

// Greedy wrapping: each output line takes the last, outermost comma that keeps it within `max`.
function wrapSegments(scan: CodeScan, from: number, to: number, max: number): Segment[] | null {
  const segments: Segment[] = [{ start: from, indent: 0 }];
  const columnOf = (offset: number): number => {
    const segment = [...segments].reverse().find((s) => s.start <= offset) ?? segments[0];
    return segment.indent + offset - segment.start;
  };
  for (;;) {
    const current = segments[segments.length - 1];
    if (current.indent + (to - current.start) <= max) return segments.length > 1 ? segments : null;
    let best: { comma: number; depth: number; bracket: number } | null = null;
    for (let i = current.start + 1; i < to; i++) {
      if (scan.text[i] !== ',' || scan.kinds[i] !== 'code' || current.indent + (i + 1 - current.start) > max) continue;
      const open = unclosedBefore(scan, i);
      const bracket = open[open.length - 1];
      if (!bracket || bracket.offset < from || !startsNextItem(scan, i + 1, to)) continue;
      if (!best || open.length <= best.depth) best = { comma: i, depth: open.length, bracket: bracket.offset };
    }
    if (!best) return null;
    let next = best.comma + 1;
    while (next < to && /[ \t]/.test(scan.text[next])) next++;
    segments.push({ start: next, indent: columnOf(best.bracket) + 1 });
  }
}

// True when code other than a closing bracket follows the comma on the line (a trailing comma
// before `)` is no place to break).
function startsNextItem(scan: CodeScan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (/[ \t]/.test(scan.text[i])) continue;
    return scan.kinds[i] !== 'code' ? scan.kinds[i] === 'string' : !/[)\]}]/.test(scan.text[i]);
  }
  return false;
}

function trimmedEnd(text: string, start: number): number {
  let end = start;
  while (end > 0 && /[ \t]/.test(text[end - 1])) end--;
  return end;
}
