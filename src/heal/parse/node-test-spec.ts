// node:test's spec reporter (the default on a terminal): `✖ name (1.2ms)` then the indented error
// and its stack; failing tests are repeated at the end after `test at path:line:col`.
import type { Failure } from '../types.ts';
import type { RawFrame } from './frames.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames, parseJsErrorLine } from './js-stack.ts';
import type { ParseContext } from './parser.ts';
import { indentOf, oneLine } from './text.ts';

const FAILED = /^(\s*)✖ (.+?) \([\d.]+m?s\)\s*$/;
const SUITE = /^(\s*)▶ (.+?)(?: \([\d.]+m?s\))?\s*$/;
const TEST_AT = /^test at (.+):(\d+):(\d+)$/;
// After this line the reporter repeats each failure, without its suites' names.
const RECAP = /^\s*✖ failing tests:\s*$/;

/** Failures of node:test's spec output; [] when there is none. */
export function parseNodeSpec(lines: readonly string[], ctx: ParseContext): Failure[] {
  const failures: Failure[] = [];
  const suites: { indent: number; name: string }[] = [];
  const seen: string[] = [];
  let inRecap = false;
  for (let i = 0; i < lines.length; i++) {
    if (RECAP.test(lines[i])) {
      inRecap = true;
      continue;
    }
    const suite = SUITE.exec(lines[i]);
    if (suite) {
      while (suites.length > 0 && suites[suites.length - 1].indent >= suite[1].length) suites.pop();
      suites.push({ indent: suite[1].length, name: suite[2] });
      continue;
    }
    const failed = FAILED.exec(lines[i]);
    if (!failed) continue;
    const indent = failed[1].length;
    if (inRecap && seen.some((t) => t === failed[2] || t.endsWith(` > ${failed[2]}`))) continue;
    const names = suites.filter((s) => s.indent < indent).map((s) => s.name);
    const at = TEST_AT.exec(lines[i - 1]?.trim() ?? '');
    const fallback = at ? { path: at[1], line: Number(at[2]), column: Number(at[3]) } : undefined;
    const test = [...names, failed[2]].join(' > ');
    seen.push(test);
    const failure = readBody(bodyOf(lines, i, indent), test, fallback, ctx);
    if (failure) failures.push(failure);
  }
  return failures;
}

function bodyOf(lines: readonly string[], at: number, indent: number): string[] {
  const body: string[] = [];
  for (let j = at + 1; j < lines.length; j++) {
    if (lines[j].trim() !== '' && indentOf(lines[j]) <= indent) break;
    body.push(lines[j]);
  }
  return body;
}

function readBody(body: string[], test: string, fallback: RawFrame | undefined, ctx: ParseContext): Failure | null {
  const first = body.findIndex((l) => l.trim() !== '');
  const error = first < 0 ? null : parseJsErrorLine(body[first]);
  // A suite, or a file that crashed while loading ('test failed'): their causes are reported elsewhere.
  if (!error) return null;
  const rest = body.slice(first + 1);
  const stackStart = rest.findIndex((l) => /^\s*at /.test(l));
  const more = stackStart < 0 ? [] : rest.slice(0, stackStart);
  return jsErrorToFailure({
    name: error.name,
    code: error.code,
    message: oneLine([error.message, ...more].join(' ')),
    frames: jsFrames(rest),
    fallback,
    test,
  }, 'node-test', ctx);
}
