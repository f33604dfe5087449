// Choosing where a failure lives among the frames of a traceback or stack.
import type { ParseContext } from './parser.ts';
import { isTestPath, toRepoPath } from './paths.ts';

/** One call-stack entry as printed; the path is still the tool's. */
export interface RawFrame {
  path: string;
  line: number;
  column?: number;
}

/** A frame inside the repository (repository-relative path). */
export interface Frame {
  file: string;
  line: number;
  column?: number;
}

/** Keeps the frames inside the repository, normalised; order is preserved. */
export function repoFrames(frames: readonly RawFrame[], ctx: ParseContext): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    const file = toRepoPath(f.path, ctx);
    if (file !== null && f.line > 0) out.push({ file, line: f.line, column: f.column });
  }
  return out;
}

/**
 * The frame to blame, given frames ordered outermost call first (Python order; reverse JS stacks).
 * An assertion is blamed on the deepest frame in code under test when the stack passes through it,
 * else on the deepest test frame; any other error on the deepest repository frame.
 */
export function blameFrame(frames: readonly Frame[], assertion: boolean): Frame | null {
  if (frames.length === 0) return null;
  if (assertion) {
    const nonTest = frames.filter((f) => !isTestPath(f.file));
    if (nonTest.length > 0) return nonTest[nonTest.length - 1];
  }
  return frames[frames.length - 1];
}
