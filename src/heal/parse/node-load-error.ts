// A file that does not parse, as Node's loader reports it: a `file:line` header, the source line,
// a caret line, then `SyntaxError: message` (the header is the only place the location appears).
// At the end of input the source and caret lines are empty, and node:test's TAP reporter drops
// empty lines of the stderr it echoes, so the error may sit right under its header: node-runtime.ts,
// which anchors on the caret, misses that form.
import type { Failure, ToolName } from '../types.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { parseJsErrorLine } from './js-stack.ts';
import type { ParseContext } from './parser.ts';

const HEADER = /^(\S+?):(\d+)$/;
// Source line, caret line and the blank line Node puts before the error.
const MAX_GAP = 3;

/** The first SyntaxError found under a `file:line` header in these lines; null when there is none. */
export function findLoadSyntaxError(lines: readonly string[], tool: ToolName, ctx: ParseContext): Failure | null {
  for (let i = 0; i < lines.length; i++) {
    const header = HEADER.exec(lines[i]);
    if (!header) continue;
    const error = errorUnder(lines, i);
    if (error?.name !== 'SyntaxError') continue;
    const failure = jsErrorToFailure({
      name: error.name,
      code: error.code,
      message: error.message,
      frames: [],
      fallback: { path: header[1], line: Number(header[2]) },
    }, tool, ctx);
    if (failure) return failure;
  }
  return null;
}

function errorUnder(lines: readonly string[], header: number): ReturnType<typeof parseJsErrorLine> {
  for (let j = header + 1; j < Math.min(lines.length, header + 2 + MAX_GAP); j++) {
    const error = parseJsErrorLine(lines[j]);
    if (error) return error;
  }
  return null;
}
