// V8 stack frames as the JS tools print them:
//   `    at fn (file:///x/a.js:6:15)`, `    at /x/a.js:6:15` (Node, jest),
//   `    fn (file:///x/a.js:6:15)` (node:test TAP `stack:` block), ` ❯ fn src/a.ts:6:16` (vitest).
import type { RawFrame } from './frames.ts';

const AT_PAREN = /^\s*at\s+(?:async\s+)?.*?\(([^()]+?):(\d+):(\d+)\)\s*$/;
const AT_BARE = /^\s*at\s+(?:async\s+)?([^\s()]+?):(\d+):(\d+)\s*$/;
const TAP_FRAME = /^\s*(?:async\s+)?[^\s()][^()]*\(([^()]+?):(\d+):(\d+)\)\s*$/;
const VITEST = /^\s*❯\s+(?:\S+\s+)?([^\s()]+?):(\d+):(\d+)\s*$/;

/** The frame a line shows, or null; `allowBareTap` accepts TAP's `fn (loc)` lines without "at". */
export function parseJsFrame(line: string, allowBareTap = false): RawFrame | null {
  const m = AT_PAREN.exec(line) ?? AT_BARE.exec(line) ?? VITEST.exec(line) ?? (allowBareTap ? TAP_FRAME.exec(line) : null);
  if (!m || m[1].startsWith('node:') || m[1] === 'native' || m[1].startsWith('<')) return null;
  return { path: m[1], line: Number(m[2]), column: Number(m[3]) };
}

/** Frames of consecutive stack lines, innermost first as V8 prints them. */
export function jsFrames(lines: readonly string[], allowBareTap = false): RawFrame[] {
  const frames: RawFrame[] = [];
  for (const line of lines) {
    const frame = parseJsFrame(line, allowBareTap);
    if (frame) frames.push(frame);
  }
  return frames;
}

/** Splits a JS error's first line: `TypeError [ERR_X]: message` -> name, code, message. */
export function parseJsErrorLine(line: string): { name: string; code?: string; message: string } | null {
  const m = /^\s*([A-Z]\w*(?:Error|Exception)?|Error)(?: \[([\w]+)\])?: (.*)$/.exec(line);
  if (!m || !/(Error|Exception)$/.test(m[1])) return null;
  const code = m[2] && m[2] !== 'Error' ? m[2] : undefined; // node:test prints `TypeError [Error]`
  return { name: m[1], code, message: m[3].trim() };
}
