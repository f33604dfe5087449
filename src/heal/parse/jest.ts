// Jest: under each `FAIL path`, one `● Suite › test` block per failed test (the error, a code
// frame, then `at` frames relative to the rootDir) and `● Test suite failed to run` when the
// file could not load (missing module, syntax error in it or in what it imports).
import type { Failure } from '../types.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames, parseJsErrorLine } from './js-stack.ts';
import type { ParseContext, Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { oneLine, toLines } from './text.ts';

const FILE_HEADER = /^\s*(FAIL|PASS)\s+(\S+)/;
const BLOCK = /^\s*● (.+)$/;
const END = /^(Test Suites:|Tests:|Snapshots:|Summary of all failing tests)/;
const SUITE_FAILED = 'Test suite failed to run';
const MISSING_MODULE = /^Cannot find module '([^']+)' from '([^']+)'/;
const BABEL_SYNTAX = /^SyntaxError: (.+?): (.+?) \((\d+):(\d+)\)\s*$/;

export const jestParser: Parser = {
  tool: 'jest',
  parse(output, ctx) {
    const lines = toLines(output);
    const failures: Failure[] = [];
    let inFailedFile = false;
    for (let i = 0; i < lines.length; i++) {
      const file = FILE_HEADER.exec(lines[i]);
      if (file) inFailedFile = file[1] === 'FAIL';
      const block = inFailedFile ? BLOCK.exec(lines[i]) : null;
      if (!block) continue;
      const body = bodyOf(lines, i + 1);
      const failure = block[1].trim() === SUITE_FAILED ? suiteFailure(body, ctx) : testFailure(block[1].trim(), body, ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

function bodyOf(lines: readonly string[], from: number): string[] {
  const body: string[] = [];
  for (let j = from; j < lines.length; j++) {
    if (BLOCK.test(lines[j]) || FILE_HEADER.test(lines[j]) || END.test(lines[j])) break;
    body.push(lines[j]);
  }
  return body;
}

// Code frames (`> 5 |`, `  |   ^`) and blank lines are Jest's decoration, not the message.
function messageLines(body: readonly string[]): string[] {
  return body.map((l) => l.trim()).filter((l) => l !== '' && !/^(>?\s*\d+\s*\||\|)/.test(l) && !l.startsWith('at '));
}

function testFailure(title: string, body: string[], ctx: ParseContext): Failure | null {
  const text = messageLines(body);
  if (text.length === 0) return null;
  const test = title.replace(/ › /g, ' > ');
  const error = parseJsErrorLine(text[0]);
  const expectation = /^expect\(/.test(text[0]) || /^Error: expect\(/.test(text[0]);
  const message = expectation ? oneLine(text.filter((l) => /^(expect\(|Expected|Received)/.test(l)).join(' ')) : (error?.message ?? text[0]);
  return jsErrorToFailure({
    name: error?.name ?? 'Error',
    code: error?.code,
    message,
    frames: jsFrames(body),
    test,
    assertion: expectation,
  }, 'jest', ctx);
}

function suiteFailure(body: string[], ctx: ParseContext): Failure | null {
  const text = messageLines(body);
  for (const line of text) {
    const syntax = BABEL_SYNTAX.exec(line);
    if (syntax) {
      const file = toRepoPath(syntax[1], ctx);
      if (file === null) return null;
      return {
        file, line: Number(syntax[3]), column: Number(syntax[4]) + 1, bugType: 'SYNTAX',
        message: syntax[2], code: 'SyntaxError', tool: 'jest', check: ctx.check,
      };
    }
    const missing = MISSING_MODULE.exec(line);
    if (missing) {
      return jsErrorToFailure({
        name: 'Error', code: 'MODULE_NOT_FOUND', message: line, frames: jsFrames(body),
        fallback: { path: missing[2], line: 1 },
      }, 'jest', ctx);
    }
  }
  const errorLine = text.map((l) => parseJsErrorLine(l)).find(Boolean);
  if (!errorLine) return null;
  return jsErrorToFailure({ ...errorLine, frames: jsFrames(body) }, 'jest', ctx);
}
