// Vitest: ` FAIL  file > suite > test` blocks (the error line, a diff, ` ❯ fn path:line:col`
// frames relative to the root) and ` FAIL  file [ file ]` for a file that could not load
// (missing module, or a transform/parse error boxed as `[ path:line:col ]`).
import type { Failure } from '../types.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames, parseJsErrorLine } from './js-stack.ts';
import type { ParseContext, Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { toLines } from './text.ts';

const HEADER = /^\s*FAIL\s+(\S+)(?:\s+\[\s*\S+\s*\])?(?:\s+>\s+(.+?))?\s*$/;
const SEPARATOR = /^\s*⎯{3,}|^\s*Test Files\s/;
const ANCHOR = /^\s*(Test Files|⎯{3,})/m;
const PARSE_ERROR = /\[(PARSE_ERROR|SyntaxError)\]\s*(.+)$/;
const BOXED_AT = /\[\s*(\S+?):(\d+):(\d+)\s*\]/;
const ESBUILD_AT = /^(\S+?):(\d+):(\d+): ERROR: (.+)$/;
// A Vite plugin's error names the module it failed on: `  Plugin: vite:import-analysis` then `  File: path:line:col`.
const PLUGIN_FILE = /^\s*File:\s*(\S+?):(\d+)(?::\d+)?\s*$/;

export const vitestParser: Parser = {
  tool: 'vitest',
  parse(output, ctx) {
    if (!ANCHOR.test(output)) return [];
    const lines = toLines(output);
    const failures: Failure[] = [];
    for (let i = 0; i < lines.length; i++) {
      const header = HEADER.exec(lines[i]);
      if (!header) continue;
      const body: string[] = [];
      for (let j = i + 1; j < lines.length && !SEPARATOR.test(lines[j]) && !HEADER.test(lines[j]); j++) body.push(lines[j]);
      const failure = header[2] ? testFailure(header[2], body, ctx) : fileFailure(header[1], body, ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

function testFailure(test: string, body: string[], ctx: ParseContext): Failure | null {
  const first = body.find((l) => l.trim() !== '');
  const error = first ? parseJsErrorLine(first) : null;
  return jsErrorToFailure({
    name: error?.name ?? 'Error',
    code: error?.code,
    message: error?.message ?? first?.trim() ?? '',
    frames: jsFrames(body),
    test,
  }, 'vitest', ctx);
}

function fileFailure(testFile: string, body: string[], ctx: ParseContext): Failure | null {
  const parse = syntaxFailure(body, ctx);
  if (parse !== undefined) return parse;
  const error = body.map((l) => parseJsErrorLine(l)).find(Boolean);
  if (!error) return null;
  // A plugin error is about the module it names, not about the test file that imported it.
  const plugin = body.map((l) => PLUGIN_FILE.exec(l)).find(Boolean);
  const fallback = plugin ? { path: plugin[1], line: Number(plugin[2]) } : { path: testFile, line: 1 };
  return jsErrorToFailure({ ...error, frames: plugin ? [] : jsFrames(body), fallback }, 'vitest', ctx);
}

// A transform error: oxc's `[PARSE_ERROR] msg` + boxed `[ path:line:col ]`, or esbuild's one-line
// `path:line:col: ERROR: msg`. undefined when the body is not a transform error.
function syntaxFailure(body: string[], ctx: ParseContext): Failure | null | undefined {
  for (let k = 0; k < body.length; k++) {
    const esbuild = ESBUILD_AT.exec(body[k].trim());
    const parse = PARSE_ERROR.exec(body[k]);
    const at = esbuild ?? (parse ? body.slice(k, k + 4).map((l) => BOXED_AT.exec(l)).find(Boolean) : null);
    if (!at) continue;
    const file = toRepoPath(at[1], ctx);
    if (file === null) return null;
    return {
      file, line: Number(at[2]), column: Number(at[3]), bugType: 'SYNTAX',
      message: (esbuild ? esbuild[4] : parse![2]).trim(), code: parse ? parse[1] : 'SyntaxError', tool: 'vitest', check: ctx.check,
    };
  }
  return undefined;
}
