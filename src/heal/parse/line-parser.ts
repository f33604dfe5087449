// The shape of tools that print one failure per line (`path:line:col: code message`): flake8, mypy,
// tsc. Each supplies its patterns and how a match becomes a failure; the loop and paths live here.
import type { BugType, Failure, ToolName } from '../types.ts';
import type { Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

/** What one matched line says, before its path is made repository-relative. */
export interface LineMatch {
  path: string;
  line: number;
  column?: number;
  code?: string;
  message: string;
  bugType: BugType | null;
}

/** A parser that tries each pattern on each line; `read` turns a match into a LineMatch. */
export function lineParser(tool: ToolName, patterns: RegExp[], read: (m: RegExpExecArray) => LineMatch): Parser {
  return {
    tool,
    parse(output, ctx) {
      const failures: Failure[] = [];
      for (const text of toLines(output)) {
        const m = patterns.reduce<RegExpExecArray | null>((found, pattern) => found ?? pattern.exec(text), null);
        if (!m) continue;
        const { path, ...rest } = read(m);
        const file = toRepoPath(path, ctx);
        if (file === null) continue;
        failures.push({ file, ...rest, tool, check: ctx.check });
      }
      return failures;
    },
  };
}
