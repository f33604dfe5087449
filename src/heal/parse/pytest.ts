// pytest: failure and error blocks (assertions, exceptions, collection errors with the
// SyntaxError / ImportError they show), --tb=line entries, and the short test summary for tests
// whose details were not printed (-q --tb=no).
import type { Failure } from '../types.ts';
import { classifyPythonException } from './classify/python.ts';
import type { ParseContext, Parser } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { pyErrorToFailure } from './py-failure.ts';
import { looksLikeException } from './py-traceback.ts';
import { readPytestBlock } from './pytest-block.ts';
import { readPytestReport, titleOf } from './pytest-report.ts';
import type { PytestReport, PytestSummaryEntry } from './pytest-report.ts';
import { toLines } from './text.ts';

const COLLECTING = /^ERROR collecting (.+)$/;
const AT_SETUP = /^ERROR at (?:setup|teardown) of (.+)$/;
const LINE_ENTRY = /^(\S.*?\.py):(\d+): (.*)$/;
// The summary gives no line: the failure is placed on the test file's first line, test name set.
const UNKNOWN_LINE = 1;

export const pytestParser: Parser = {
  tool: 'pytest',
  parse(output, ctx) {
    const lines = toLines(output);
    const report = readPytestReport(lines);
    const nodeIds = new Map(report.summary.map((s) => [titleOf(s.nodeId), s.nodeId]));
    const failures: Failure[] = [];
    const covered = new Set<string>();
    for (const block of report.blocks) {
      const collecting = COLLECTING.exec(block.title);
      const title = AT_SETUP.exec(block.title)?.[1] ?? block.title;
      const test = collecting ? undefined : (nodeIds.get(title) ?? title);
      covered.add(collecting ? collecting[1] : (nodeIds.get(title) ?? title));
      const err = readPytestBlock(lines.slice(block.start + 1, block.end + 1));
      const failure = err ? pyErrorToFailure({ ...err, test }, 'pytest', ctx) : null;
      if (failure) failures.push(failure);
    }
    failures.push(...lineEntryFailures(report, ctx, covered));
    for (const entry of report.summary) {
      if (covered.has(entry.nodeId) || covered.has(entry.nodeId.split('::')[0])) continue;
      const failure = summaryFailure(entry, ctx);
      if (failure) failures.push(failure);
    }
    return failures;
  },
};

// --tb=line prints one `path:line: message` per failed test, in the summary's order.
function lineEntryFailures(report: PytestReport, ctx: ParseContext, covered: Set<string>): Failure[] {
  const failed = report.summary.filter((s) => s.kind === 'FAILED');
  const sameOrder = failed.length === report.lineEntries.length;
  const failures: Failure[] = [];
  report.lineEntries.forEach((entry, i) => {
    const m = LINE_ENTRY.exec(entry)!;
    const test = sameOrder ? failed[i].nodeId : undefined;
    const { exception, message } = splitException(m[3]);
    const failure = pyErrorToFailure({ frames: [{ path: m[1], line: Number(m[2]) }], exception, message, test }, 'pytest', ctx);
    if (!failure) return;
    failures.push(failure);
    if (test) covered.add(test);
  });
  return failures;
}

function summaryFailure(entry: PytestSummaryEntry, ctx: ParseContext): Failure | null {
  const [filePart] = entry.nodeId.split('::');
  const file = toRepoPath(filePart, ctx);
  if (file === null) return null;
  const isTest = entry.nodeId.includes('::');
  const { exception, message } = splitException(entry.message ?? '');
  const assertion = isTest && exception === 'AssertionError' && entry.kind === 'FAILED';
  const known = exception !== '' && (entry.message !== undefined);
  const failure: Failure = {
    file,
    line: UNKNOWN_LINE,
    bugType: assertion ? 'LOGIC' : known ? classifyPythonException(exception, message) : null,
    message: message || (isTest ? 'test failed' : 'error collecting module'),
    code: assertion ? 'assertion' : known ? exception : undefined,
    tool: 'pytest',
    check: ctx.check,
  };
  if (isTest) failure.test = entry.nodeId;
  return failure;
}

// "TypeError: msg" -> class and message; "assert 1 == 2" is an AssertionError with that message.
// The summary truncates long messages with "...", which is kept: it is what the tool printed.
function splitException(text: string): { exception: string; message: string } {
  const m = /^([A-Za-z_][\w.]*): (.*)$/.exec(text.trim());
  if (m && looksLikeException(m[1])) return { exception: m[1], message: m[2] };
  if (text.trim() === '') return { exception: 'AssertionError', message: '' };
  return { exception: 'AssertionError', message: text.trim() };
}
