// pycodestyle's continuation lines inside brackets: E127/E128 (over- or under-indented for visual
// indent: the line should start under the first character after the open bracket, which has code
// after it on its own line) and E122 (a hanging indent missing: the bracket ends its line, so the
// line should be one indent deeper than the line that opened it). Only the reported line's leading
// spaces change; a bracket's contents are free of Python's indentation rules, so the program is
// the same, which the check confirms.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate } from '../candidates.ts';
import { scanCode, unclosedBefore } from '../code-scan.ts';
import { pythonSameProgram } from '../python-indent-ast.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { indexLines, lineStart, lineText } from '../text-lines.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const VISUAL = new Set(['E127', 'E128']);
const HANGING = new Set(['E122']);
/** pycodestyle's indent size (its default; a project may change it, the gate then judges). */
const INDENT_SIZE = 4;

// A fixer for continuation lines indented against pycodestyle's rules.
export function pyContinuationFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-indent-continuation',
    strategy: 'rule_first',
    bugTypes: ['INDENTATION'],
    languages: ['python'],
    fix: (failure, workspace) => fixContinuation(failure, workspace, python),
  };
}

async function fixContinuation(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const code = failure.code ?? '';
  if (!VISUAL.has(code) && !HANGING.has(code)) return { kind: 'decline', reason: `not a continuation-line finding: ${code || failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const index = indexLines(text);
  const start = lineStart(index, failure.line);
  const line = lineText(index, failure.line);
  const scan = scanCode(text, 'python');
  const bracket = unclosedBefore(scan, start).at(-1);
  if (!bracket) return { kind: 'decline', reason: `line ${failure.line} is not inside a bracket` };
  if (scan.kinds[start] === 'string') return { kind: 'decline', reason: `line ${failure.line} starts inside a string: its whitespace is the string's value` };
  const openerLine = text.lastIndexOf('\n', bracket.offset) + 1;
  const afterBracket = text.slice(bracket.offset + 1, text.indexOf('\n', bracket.offset) < 0 ? text.length : text.indexOf('\n', bracket.offset));
  const hanging = afterBracket.trim() === '' || afterBracket.trim().startsWith('#');
  if (VISUAL.has(code) === hanging) return { kind: 'decline', reason: `the bracket on the line opening ${failure.line}'s ${VISUAL.has(code) ? 'ends its line: no visual indent to follow' : 'has code after it: a visual indent, not a hanging one'}` };
  const column = hanging ? /^ */.exec(text.slice(openerLine))![0].length + INDENT_SIZE : bracket.offset - openerLine + 1;
  const current = /^[ \t]*/.exec(line)![0];
  if (current.includes('\t')) return { kind: 'decline', reason: `line ${failure.line} is indented with tabs` };
  if (current.length === column) return { kind: 'decline', reason: `line ${failure.line} already starts at column ${column + 1}` };
  const after = text.slice(0, start) + ' '.repeat(column) + text.slice(start + current.length);
  const description = hanging ? 'indent the continuation line one level under the line that opens the bracket' : 'align the continuation line with the open bracket';
  const reason = hanging
    ? `the bracket ends its line, so what follows hangs one indent deeper (column ${column + 1})`
    : `the bracket has code after it, so the lines it continues start under that code (column ${column + 1})`;
  return pickCandidate([{ after, description, reason, lastTouchedLine: failure.line }], {
    file: failure.file,
    before: text,
    confidence: 0.95,
    check: async (candidate) => {
      const problem = await pythonSyntaxProblem(candidate, python);
      if (problem) return [problem];
      return (await pythonSameProgram(text, candidate, python)) ? [] : [{ line: 0 }];
    },
  });
}
