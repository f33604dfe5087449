// Plain CPython tracebacks (a script, a test runner's crash, `python -c`), and the frame-less
// SyntaxError report. Tracebacks inside unittest's or pytest's per-test sections are left to
// those parsers, which know the failing test.
import type { Failure } from '../types.ts';
import type { Parser } from './parser.ts';
import { pyErrorToFailure } from './py-failure.ts';
import { readPyTracebacks } from './py-traceback.ts';
import { readPytestReport } from './pytest-report.ts';
import { toLines } from './text.ts';
import { readUnittestBlocks } from './unittest.ts';

export const pythonTracebackParser: Parser = {
  tool: 'python',
  parse(output, ctx) {
    const lines = toLines(output);
    const owned = [...readUnittestBlocks(lines), ...readPytestReport(lines).blocks];
    const failures: Failure[] = [];
    for (const tb of readPyTracebacks(lines)) {
      if (owned.some((b) => tb.start > b.start && tb.start <= b.end)) continue;
      const failure = pyErrorToFailure(tb, 'python', ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};
