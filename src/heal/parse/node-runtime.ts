// An uncaught error as Node prints it before exiting: the throwing `file:line`, the source line,
// a caret line, then `SomeError: message` and the stack. Node's ESM loader reports syntax errors
// this way (the only place their location appears). node:test and mocha repeat it after a prefix.
import type { Failure } from '../types.ts';
import type { RawFrame } from './frames.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames, parseJsErrorLine } from './js-stack.ts';
import { findLoadSyntaxError } from './node-load-error.ts';
import type { ParseContext, Parser } from './parser.ts';
import { toLines } from './text.ts';

const HEADER = /^(\S+?):(\d+)$/;
const CARET = /^\s*\^+\s*$/;
const MAX_GAP = 3;
const IMPORTED_FROM = / imported from (\S+)$/;
const REQUIRE_STACK_ENTRY = /^- (\S+)$/;
const ERROR_CODE = /^\s*code: '([A-Z_]+)'/;

export const nodeRuntimeParser: Parser = {
  tool: 'node',
  parse(output, ctx) {
    // node:test repeats the error with a "# " prefix; mocha prints a file that fails to load after its own words.
    const lines = toLines(output).map((l) => l.replace(/^# ?/, '').replace(/^\s*Exception during run: /, ''));
    const failures: Failure[] = [];
    for (let i = 0; i + 2 < lines.length; i++) {
      const header = HEADER.exec(lines[i]);
      if (!header) continue;
      // Without a caret (a file that ends too early) only a SyntaxError right under the header counts.
      const failure = CARET.test(lines[i + 2])
        ? readUncaught(lines, i, { path: header[1], line: Number(header[2]) }, ctx)
        : findLoadSyntaxError(lines.slice(i, i + 2 + MAX_GAP), 'node', ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

function readUncaught(lines: readonly string[], start: number, thrownAt: RawFrame, ctx: ParseContext): Failure | null {
  let errorAt = -1;
  for (let j = start + 3; j < Math.min(lines.length, start + 3 + MAX_GAP); j++) {
    if (parseJsErrorLine(lines[j])) {
      errorAt = j;
      break;
    }
    if (lines[j].trim() !== '') return null;
  }
  if (errorAt < 0) return null;
  const error = parseJsErrorLine(lines[errorAt])!;
  const tail = lines.slice(errorAt + 1, errorAt + 40);
  const stackEnd = tail.findIndex((l) => l.trim() !== '' && !/^\s*(at |Require stack:|- )/.test(l));
  const stack = stackEnd < 0 ? tail : tail.slice(0, stackEnd);
  const codeLine = tail.slice(0, (stackEnd < 0 ? tail.length : stackEnd) + 4).map((l) => ERROR_CODE.exec(l)).find(Boolean);
  const isSyntax = error.name === 'SyntaxError';
  return jsErrorToFailure({
    name: error.name,
    code: error.code ?? codeLine?.[1],
    message: error.message,
    // A SyntaxError's header is the file being parsed; other errors are blamed on the stack, and
    // on the throwing line only when the stack shows no frame of the repository.
    frames: isSyntax ? [] : jsFrames(stack),
    fallback: isSyntax ? thrownAt : (importerOf(error.message, stack) ?? thrownAt),
}, 'node', ctx);
}

// A module that cannot be found has no frame in the repository: blame the file importing it.
function importerOf(message: string, stack: readonly string[]): RawFrame | undefined {
  const esm = IMPORTED_FROM.exec(message);
  if (esm) return { path: esm[1], line: 1 };
  const cjs = stack.map((l) => REQUIRE_STACK_ENTRY.exec(l.trim())).find(Boolean);
  return cjs ? { path: cjs[1], line: 1 } : undefined;
}
