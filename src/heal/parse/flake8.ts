// flake8's default format: `path:line:col: CODE message` (ruff's concise output has the same shape).
import { classifyFlake8 } from './classify/flake8.ts';
import { lineParser } from './line-parser.ts';

const LINE = /^\s*(.+?\.pyi?):(\d+):(\d+): ([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.+?)\s*$/;

export const flake8Parser = lineParser('flake8', [LINE], (m) => ({
  path: m[1],
  line: Number(m[2]),
  column: Number(m[3]),
  code: m[4],
  message: m[5],
  bugType: classifyFlake8(m[4], m[5]),
}));
