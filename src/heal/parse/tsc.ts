// tsc: `path(line,col): error TSxxxx: msg` (plain) and `path:line:col - error TSxxxx: msg` (pretty).
// Continuation lines of a message and related-information lines are indented and never match.
import type { Failure } from '../types.ts';
import { classifyTsc } from './classify/tsc.ts';
import type { Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

const PLAIN = /^(\S.*?)\((\d+),(\d+)\): error (TS\d+): (.+)$/;
const PRETTY = /^(\S.*?):(\d+):(\d+) - error (TS\d+): (.+)$/;

export const tscParser: Parser = {
  tool: 'tsc',
  parse(output, ctx) {
    const failures: Failure[] = [];
    for (const line of toLines(output)) {
      const m = PLAIN.exec(line) ?? PRETTY.exec(line);
      if (!m) continue;
      const file = toRepoPath(m[1], ctx);
      if (file === null) continue;
      const [code, message] = [m[4], m[5].trim()];
      failures.push({
        file, line: Number(m[2]), column: Number(m[3]), bugType: classifyTsc(code, message),
        message, code, tool: 'tsc', check: ctx.check,
      });
    }
    return failures;
  },
};
