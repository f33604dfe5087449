// Reading CPython's own traceback format, shared by the plain-Python and unittest parsers:
//   Traceback (most recent call last):
//     File "/abs/x.py", line 3, in f
//       code
//   ValueError: message
// and the frame-less SyntaxError form (`File "x", line N` + source + caret + `SyntaxError: msg`).
import type { RawFrame } from './frames.ts';

export interface PyTraceback {
  /** Index of the first and last line of the block in the output. */
  start: number;
  end: number;
  /** Outermost call first, as printed. */
  frames: RawFrame[];
  /** Exception class as printed ("json.decoder.JSONDecodeError"). */
  exception: string;
  message: string;
  /** For the SyntaxError family: the `File "x", line N` block that locates it. */
  syntaxAt?: RawFrame;
}

const HEADER = /^\s*Traceback \(most recent call last\):\s*$/;
const FILE = /^\s*File "(.+)", line (\d+)(?:, in (.+))?\s*$/;
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const SYNTAX_FAMILY = /(^|\.)(SyntaxError|IndentationError|TabError)$/;
const MAX_SYNTAX_GAP = 5;

/** Every traceback (and frame-less SyntaxError report) in the output, in order. */
export function readPyTracebacks(lines: readonly string[]): PyTraceback[] {
  const found: PyTraceback[] = [];
  let i = 0;
  while (i < lines.length) {
    const tb = HEADER.test(lines[i]) ? readWithFrames(lines, i) : readBareSyntax(lines, i);
    if (tb) {
      found.push(tb);
      i = tb.end + 1;
    } else {
      i++;
    }
  }
  return found;
}

function readWithFrames(lines: readonly string[], start: number): PyTraceback | null {
  const indent = lines[start].length - lines[start].trimStart().length;
  const frames: RawFrame[] = [];
  let lastFile: { frame: RawFrame; inFunction: boolean } | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const file = FILE.exec(line);
    if (file) {
      const frame = { path: file[1], line: Number(file[2]) };
      frames.push(frame);
      lastFile = { frame, inFunction: file[3] !== undefined };
      continue;
    }
    const own = line.length - line.trimStart().length;
    if (line.trim() === '' || own > indent) continue; // source lines, carets, blank lines
    const exc = EXCEPTION.exec(line.trim());
    if (!exc || (!looksLikeException(exc[1]) && exc[2] === undefined)) return null;
    const syntaxAt = SYNTAX_FAMILY.test(exc[1]) && lastFile && !lastFile.inFunction ? lastFile.frame : undefined;
    return { start, end: i, frames, exception: exc[1], message: (exc[2] ?? '').trim(), syntaxAt };
  }
  return null;
}

function readBareSyntax(lines: readonly string[], start: number): PyTraceback | null {
  const file = FILE.exec(lines[start]);
  if (!file || file[3] !== undefined) return null;
  for (let i = start + 1; i < Math.min(lines.length, start + MAX_SYNTAX_GAP); i++) {
    const exc = EXCEPTION.exec(lines[i].trim());
    if (exc && SYNTAX_FAMILY.test(exc[1]) && !/^\s/.test(lines[i])) {
      const at = { path: file[1], line: Number(file[2]) };
      return { start, end: i, frames: [at], exception: exc[1], message: (exc[2] ?? '').trim(), syntaxAt: at };
    }
  }
  return null;
}

/** Exception class names end like this; a dotted module path may precede them. */
export function looksLikeException(name: string): boolean {
  return /(Error|Exception|Exit|Interrupt|Warning|Failure|KeyboardInterrupt)$/.test(name.split('.').pop() ?? '');
}

/** True for the SyntaxError family, whose location is the file being compiled, not a frame. */
export function isSyntaxFamily(name: string): boolean {
  return SYNTAX_FAMILY.test(name);
}
