// ESLint's stylish (default), unix and compact formats. Warnings fail a check only under
// --max-warnings, which ESLint announces: only then are they failures.
import type { Failure } from '../types.ts';
import { classifyEslint } from './classify/eslint.ts';
import type { ParseContext, Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

const STYLISH_FILE = /^(\/\S.*|[A-Za-z]:[\\/].*)$/;
const STYLISH_PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
const UNIX = /^(.+?):(\d+):(\d+): (.+?) \[(Error|Warning)(?:\/(\S+))?\]$/;
const COMPACT = /^(.+?): line (\d+), col (\d+), (Error|Warning) - (.+?)(?: \(([^()\s]+)\))?$/;
const TOO_MANY_WARNINGS = /ESLint found too many warnings/;

interface Problem {
  path: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  ruleId?: string;
}

export const eslintParser: Parser = {
  tool: 'eslint',
  parse(output, ctx) {
    const withWarnings = TOO_MANY_WARNINGS.test(output);
    const failures: Failure[] = [];
    for (const p of readProblems(toLines(output))) {
      if (p.severity.toLowerCase() !== 'error' && !withWarnings) continue;
      const failure = toFailure(p, ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

function readProblems(lines: string[]): Problem[] {
  const problems: Problem[] = [];
  let stylishFile: string | null = null;
  for (const line of lines) {
    const unix = UNIX.exec(line);
    const compact = unix ? null : COMPACT.exec(line);
    if (unix) {
      problems.push({ path: unix[1], line: +unix[2], column: +unix[3], severity: unix[5], message: dropDot(unix[4]), ruleId: unix[6] });
    } else if (compact) {
      problems.push({ path: compact[1], line: +compact[2], column: +compact[3], severity: compact[4], message: dropDot(compact[5]), ruleId: compact[6] });
    } else if (STYLISH_FILE.test(line)) {
      stylishFile = line.trim();
    } else if (stylishFile !== null && STYLISH_PROBLEM.test(line)) {
      const m = STYLISH_PROBLEM.exec(line)!;
      problems.push({ path: stylishFile, line: +m[1], column: +m[2], severity: m[3], message: m[4].trim(), ruleId: m[5] });
    } else if (line.trim() === '' || !/^\s/.test(line)) {
      stylishFile = null; // a stylish file's problems are the indented lines right under it
    }
  }
  return problems;
}

// The unix and compact formatters end every message with a period the rule's message does not have.
function dropDot(message: string): string {
  return message.trim().replace(/\.$/, '');
}

function toFailure(p: Problem, ctx: ParseContext): Failure | null {
  const file = toRepoPath(p.path, ctx);
  if (file === null) return null;
  return {
    file, line: p.line, column: p.column, bugType: classifyEslint(p.ruleId, p.message),
    message: p.message, code: p.ruleId, tool: 'eslint', check: ctx.check,
  };
}
