// unittest's report: `FAIL: test_x (pkg.mod.Class.test_x)` or `ERROR: ...`, a dashed rule, then a
// CPython traceback. An AssertionError there is a failed test assertion.
import type { Failure } from '../types.ts';
import type { Parser } from './parser.ts';
import { pyErrorToFailure } from './py-failure.ts';
import { readPyTracebacks } from './py-traceback.ts';
import { toLines } from './text.ts';

const HEADER = /^(FAIL|ERROR): (\S+) \(([^)]+)\)(.*)$/;
const END = /^Ran \d+ tests? in /;

/** A test's section of the report: its header line up to the next header or the run summary. */
export interface UnittestBlock {
  start: number;
  end: number;
  /** Dotted test id; undefined for a module that failed to import (unittest.loader._FailedTest). */
  test?: string;
}

/** The unittest sections in the output, so the plain-traceback parser can leave them alone. */
export function readUnittestBlocks(lines: readonly string[]): UnittestBlock[] {
  const blocks: UnittestBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]);
    if (m && /^-{20,}\s*$/.test(lines[i + 1] ?? '')) {
      if (blocks.length > 0) blocks[blocks.length - 1].end = Math.min(blocks[blocks.length - 1].end, i - 1);
      blocks.push({ start: i, end: lines.length - 1, test: testId(m[2], m[3]) });
    } else if (END.test(lines[i]) && blocks.length > 0) {
      blocks[blocks.length - 1].end = Math.min(blocks[blocks.length - 1].end, i);
    }
  }
  return blocks;
}

function testId(name: string, where: string): string | undefined {
  if (where.includes('_FailedTest')) return undefined;
  return where === name || where.endsWith(`.${name}`) ? where : `${where}.${name}`;
}

export const unittestParser: Parser = {
  tool: 'unittest',
  parse(output, ctx) {
    const lines = toLines(output);
    const blocks = readUnittestBlocks(lines);
    if (blocks.length === 0) return [];
    const failures: Failure[] = [];
    for (const tb of readPyTracebacks(lines)) {
      const block = blocks.find((b) => tb.start > b.start && tb.start <= b.end);
      if (!block) continue;
      const failure = pyErrorToFailure({ ...tb, test: block.test }, 'unittest', ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};
