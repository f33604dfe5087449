// Turning one JS error (name, message, stack) into a Failure, for the JS test runners and Node.
import type { Failure, ToolName } from '../types.ts';
import { classifyJsError } from './classify/js-errors.ts';
import { blameFrame, repoFrames } from './frames.ts';
import type { Frame, RawFrame } from './frames.ts';
import type { ParseContext } from './parser.ts';

export interface JsError {
  name: string;
  /** Node's error code (ERR_ASSERTION, ERR_MODULE_NOT_FOUND) when printed. */
  code?: string;
  message: string;
  /** Innermost first, as V8 prints them. */
  frames: RawFrame[];
  /** Where to put it when no stack frame is in the repository (the test's own location). */
  fallback?: RawFrame;
  test?: string;
  /** The runner says this is an assertion failure (expect(), assert). */
  assertion?: boolean;
}

/** The Failure for a JS error, or null when nothing of it lies in the repository. */
export function jsErrorToFailure(err: JsError, tool: ToolName, ctx: ParseContext): Failure | null {
  const assertion = err.assertion === true || err.name === 'AssertionError' || err.code === 'ERR_ASSERTION';
  const frames = repoFrames([...err.frames].reverse(), ctx);
  const at: Frame | null = blameFrame(frames, assertion) ?? repoFrames(err.fallback ? [err.fallback] : [], ctx)[0] ?? null;
  if (!at) return null;
  const failure: Failure = {
    file: at.file,
    line: at.line,
    column: at.column,
    bugType: assertion && err.test !== undefined ? 'LOGIC' : classifyJsError(err.name, err.code, err.message),
    message: err.message || err.name,
    code: assertion && err.test !== undefined ? 'assertion' : (err.code ?? err.name),
    tool,
    check: ctx.check,
  };
  if (err.test !== undefined) failure.test = err.test;
  return failure;
}
