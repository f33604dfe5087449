// The call stacks a test run printed, each deepest frame first, in repository paths: what the
// failing path boost and the stack-only ranking read. Python prints outermost first, V8 innermost.
import { repoFrames, type Frame, type RawFrame } from '../parse/frames.ts';
import { parseJsFrame } from '../parse/js-stack.ts';
import type { ParseContext } from '../parse/parser.ts';
import { stripAnsi, toLines } from '../parse/text.ts';

const PY_FILE = /^\s*File "(.+)", line (\d+)/;
const PYTEST_LOCATION = /^(\S.*?\.py):(\d+):(?: .*)?$/;
// A pytest failure section (`____ test_x ____`) or a CPython traceback starts a new stack.
const PY_STACK_START = /^(_{3,} .+ _{3,}|\s*Traceback \(most recent call last\):)\s*$/;

/** Every stack in the output, deepest frame first, frames outside the repository dropped. */
export function stacksOf(output: string, ctx: ParseContext): Frame[][] {
  const stacks: Frame[][] = [];
  let python: RawFrame[] = [];
  let js: RawFrame[] = [];
  const flushPython = (): void => {
    if (python.length > 0) stacks.push(repoFrames([...python].reverse(), ctx));
    python = [];
  };
  const flushJs = (): void => {
    if (js.length > 0) stacks.push(repoFrames(js, ctx));
    js = [];
  };
  for (const line of toLines(stripAnsi(output))) {
    if (PY_STACK_START.test(line)) flushPython();
    const py = PY_FILE.exec(line) ?? PYTEST_LOCATION.exec(line);
    if (py) python.push({ path: py[1], line: Number(py[2]) });
    const frame = py ? null : parseJsFrame(line, true);
    if (frame) js.push(frame);
    else flushJs();
  }
  flushPython();
  flushJs();
  return stacks.filter((s) => s.length > 0);
}
