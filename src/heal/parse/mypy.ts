// mypy: `path:line[:col]: error: message  [code]`; notes are context for the error above, not failures.
import type { Failure } from '../types.ts';
import { classifyMypy } from './classify/mypy.ts';
import type { Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

const LINE = /^(.+?\.pyi?):(\d+)(?::(\d+))?: error: (.+?)(?:\s+\[([a-z][a-z0-9-]*)\])?$/;

export const mypyParser: Parser = {
  tool: 'mypy',
  parse(output, ctx) {
    const failures: Failure[] = [];
    for (const line of toLines(output)) {
      const m = LINE.exec(line.trim());
      if (!m) continue;
      const file = toRepoPath(m[1], ctx);
      if (file === null) continue;
      const [message, code] = [m[4].trim(), m[5]];
      failures.push({
        file, line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, bugType: classifyMypy(code, message),
        message, code, tool: 'mypy', check: ctx.check,
      });
    }
    return failures;
  },
};
