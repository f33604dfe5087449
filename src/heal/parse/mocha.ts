// Mocha's reporters (spec by default; dot, list and the rest share its epilogue): after `N failing`,
// one numbered block per failure, `  1) suite` then each further title on a line of its own, the
// last ending with `:`, then the error, an optional `+ expected - actual` diff, and the stack. A
// hook's failure (`"before each" hook for "x"`) is no test's: its error is classified by its kind.
// A file that cannot load ends the run as Node prints it ("Exception during run:"): node-runtime.ts.
import type { Failure } from '../types.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames, parseJsErrorLine } from './js-stack.ts';
import type { ParseContext, Parser } from './parser.ts';
import { oneLine, toLines } from './text.ts';

const FAILING = /^\s*\d+ failing\s*$/;
const BLOCK = /^ {2}(\d+)\) (.*)$/;
const HOOK = /^"(before|after)( each| all)?" hook\b/;
const DIFF_HEADER = /^\s*\+ expected - actual\s*$/;
/** Title lines of one block, at most: a deeper nesting than this is not a title any more. */
const MAX_TITLES = 12;

export const mochaParser: Parser = {
  tool: 'mocha',
  parse(output, ctx) {
    const lines = toLines(output);
    const start = lines.findIndex((l) => FAILING.test(l));
    if (start < 0) return [];
    const failures: Failure[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const block = BLOCK.exec(lines[i]);
      if (!block) continue;
      const titles = titlesFrom(lines, i, block[2]);
      if (!titles) continue;
      const body = bodyOf(lines, i + titles.length);
      const failure = readBody(body, titles, ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

// `1) outer` / `inner` / `test:` -> ['outer', 'inner', 'test']; null when no title line ends with ':'.
function titlesFrom(lines: readonly string[], at: number, first: string): string[] | null {
  const titles = [first.trim()];
  for (let j = at + 1; !titles[titles.length - 1].endsWith(':'); j++) {
    if (j >= lines.length || lines[j].trim() === '' || titles.length >= MAX_TITLES) return null;
    titles.push(lines[j].trim());
  }
  titles[titles.length - 1] = titles[titles.length - 1].slice(0, -1);
  return titles;
}

function bodyOf(lines: readonly string[], from: number): string[] {
  const body: string[] = [];
  for (let j = from; j < lines.length && !BLOCK.test(lines[j]); j++) body.push(lines[j]);
  return body;
}

function readBody(body: string[], titles: string[], ctx: ParseContext): Failure | null {
  const first = body.findIndex((l) => l.trim() !== '');
  const error = first < 0 ? null : parseJsErrorLine(body[first]);
  if (!error) return null;
  const rest = body.slice(first + 1);
  // The message goes on (node's assert prints the values compared) until the diff or the stack.
  const end = rest.findIndex((l) => DIFF_HEADER.test(l) || /^\s*at /.test(l));
  const more = (end < 0 ? [] : rest.slice(0, end)).map((l) => l.trim()).filter((l) => l !== '' && l !== '+ actual - expected');
  const hook = HOOK.test(titles[titles.length - 1]);
  return jsErrorToFailure({
    name: error.name,
    code: error.code,
    message: oneLine([error.message, ...more].join(' ')),
    frames: jsFrames(rest),
    ...(hook ? {} : { test: titles.join(' > ') }),
  }, 'mocha', ctx);
}
