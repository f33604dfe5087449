// flake8's default format: `path:line:col: CODE message` (ruff's concise output has the same shape).
import type { Failure } from '../types.ts';
import { classifyFlake8 } from './classify/flake8.ts';
import type { Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

const LINE = /^(.+?\.pyi?):(\d+):(\d+): ([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.+)$/;

export const flake8Parser: Parser = {
  tool: 'flake8',
  parse(output, ctx) {
    const failures: Failure[] = [];
    for (const line of toLines(output)) {
      const m = LINE.exec(line.trim());
      if (!m) continue;
      const file = toRepoPath(m[1], ctx);
      if (file === null) continue;
      const [code, message] = [m[4], m[5].trim()];
      failures.push({
        file, line: Number(m[2]), column: Number(m[3]), bugType: classifyFlake8(code, message),
        message, code, tool: 'flake8', check: ctx.check,
      });
    }
    return failures;
  },
};
