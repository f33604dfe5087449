// mypy: `path:line[:col]: error: message  [code]`; notes are context for the error above, not failures.
import { classifyMypy } from './classify/mypy.ts';
import { lineParser } from './line-parser.ts';

const LINE = /^\s*(.+?\.pyi?):(\d+)(?::(\d+))?: error: (.+?)(?:\s+\[([a-z][a-z0-9-]*)\])?\s*$/;

export const mypyParser = lineParser('mypy', [LINE], (m) => ({
  path: m[1],
  line: Number(m[2]),
  column: m[3] ? Number(m[3]) : undefined,
  code: m[5],
  message: m[4].trim(),
  bugType: classifyMypy(m[5], m[4].trim()),
}));
