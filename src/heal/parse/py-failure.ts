// Turning one Python traceback into a Failure: where to blame it, what code and type it gets.
import type { Failure, ToolName } from '../types.ts';
import { classifyPythonException } from './classify/python.ts';
import { blameFrame, repoFrames } from './frames.ts';
import type { RawFrame } from './frames.ts';
import type { ParseContext } from './parser.ts';
import { toRepoPath } from './paths.ts';
import { isSyntaxFamily } from './py-traceback.ts';

export interface PyError {
  frames: RawFrame[];
  exception: string;
  message: string;
  syntaxAt?: RawFrame;
  /** Set when the error failed a test: an AssertionError is then a test assertion. */
  test?: string;
  /** pytest.fail() and friends: a test failure that is not an AssertionError. */
  forcedAssertion?: boolean;
}

/** The Failure for a Python error, or null when it lies outside the repository. */
export function pyErrorToFailure(err: PyError, tool: ToolName, ctx: ParseContext): Failure | null {
  const exception = err.exception.split('.').pop() ?? err.exception;
  const assertion = err.forcedAssertion === true || (exception === 'AssertionError' && err.test !== undefined);
  const at = locate(err, exception === 'AssertionError' || assertion, ctx);
  if (!at) return null;
  const failure: Failure = {
    file: at.file,
    line: at.line,
    bugType: assertion ? 'LOGIC' : classifyPythonException(exception, err.message),
    message: err.message || exception,
    code: assertion ? 'assertion' : exception,
    tool,
    check: ctx.check,
  };
  if (err.test !== undefined) failure.test = err.test;
  return failure;
}

function locate(err: PyError, assertion: boolean, ctx: ParseContext): { file: string; line: number } | null {
  if (isSyntaxFamily(err.exception) && err.syntaxAt) {
    // The file being compiled is the culprit; if it is not ours there is nothing to fix here.
    const file = toRepoPath(err.syntaxAt.path, ctx);
    return file === null ? null : { file, line: err.syntaxAt.line };
  }
  return blameFrame(repoFrames(err.frames, ctx), assertion);
}
