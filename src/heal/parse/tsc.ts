// tsc: `path(line,col): error TSxxxx: msg` (plain) and `path:line:col - error TSxxxx: msg` (pretty).
// Continuation lines of a message and related-information lines are indented and never match.
import { classifyTsc } from './classify/tsc.ts';
import { lineParser } from './line-parser.ts';

const PLAIN = /^(\S.*?)\((\d+),(\d+)\): error (TS\d+): (.+)$/;
const PRETTY = /^(\S.*?):(\d+):(\d+) - error (TS\d+): (.+)$/;

export const tscParser = lineParser('tsc', [PLAIN, PRETTY], (m) => ({
  path: m[1],
  line: Number(m[2]),
  column: Number(m[3]),
  code: m[4],
  message: m[5].trim(),
  bugType: classifyTsc(m[4], m[5].trim()),
}));
