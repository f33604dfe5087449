// Tool output -> failures. Every parser reads every output (a check like `npm test` may run
// anything); each is anchored on its own tool's format, so the others find nothing.
import type { Failure } from '../types.ts';
import { eslintParser } from './eslint.ts';
import { flake8Parser } from './flake8.ts';
import { jestParser } from './jest.ts';
import { mochaParser } from './mocha.ts';
import { dedupeFailures, dropExplainedLogic, sortFailures } from './merge.ts';
import { mypyParser } from './mypy.ts';
import { nodeRuntimeParser } from './node-runtime.ts';
import { nodeTestParser } from './node-test.ts';
import type { ParseContext, Parser } from './parser.ts';
import { pytestParser } from './pytest.ts';
import { pythonTracebackParser } from './python-traceback.ts';
import { stripAnsi } from './text.ts';
import { tscParser } from './tsc.ts';
import { unittestParser } from './unittest.ts';
import { vitestParser } from './vitest.ts';

export type { ParseContext, Parser } from './parser.ts';

/** Test runners before the generic traceback/runtime parsers: on a tie the one knowing the test wins. */
export const PARSERS: readonly Parser[] = [
  pytestParser,
  unittestParser,
  pythonTracebackParser,
  flake8Parser,
  mypyParser,
  nodeTestParser,
  jestParser,
  vitestParser,
  mochaParser,
  tscParser,
  eslintParser,
  nodeRuntimeParser,
];

/** Every failure the output of one check shows, de-duplicated, ordered by file and line. */
export function parseCheckOutput(output: string, ctx: ParseContext): Failure[] {
  const text = stripAnsi(output);
  const all = PARSERS.flatMap((parser) => parser.parse(text, ctx));
  return sortFailures(dropExplainedLogic(dedupeFailures(all)));
}
