// Python's IndentationError and TabError (from a traceback, pytest's collection error, or flake8's
// E999): the smallest re-indentation, read from the surrounding blocks, that the compiler accepts.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { pythonIndentLines } from '../python-indent.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { expectedBlockCandidates, unexpectedIndentCandidates, unindentCandidates } from './py-indent-candidates.ts';
import { tabErrorCandidates } from './py-indent-tabs.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const CODES = new Set(['IndentationError', 'TabError', 'E999', 'SyntaxError']);

// A fixer for the indentation errors that stop Python from compiling a file.
export function pyIndentFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-indent',
    strategy: 'rule_first',
    bugTypes: ['INDENTATION'],
    languages: ['python'],
    fix: (failure, workspace) => fixIndentation(failure, workspace, python),
  };
}

async function fixIndentation(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  if (failure.code !== undefined && !CODES.has(failure.code)) return { kind: 'decline', reason: `not a compile error: ${failure.code}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const candidates = indentCandidates(text, failure);
  if (candidates === null) return { kind: 'decline', reason: `not an indentation error Python reports: ${failure.message}` };
  if (candidates.length === 0) return { kind: 'decline', reason: `found no block level to move ${failure.file} line ${failure.line} to` };
  return pickCandidate(candidates, {
    file: failure.file,
    before: text,
    confidence: 0.85,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    },
  });
}

// The candidates for the failure's message, most plausible first; null when it is not ours.
export function indentCandidates(text: string, failure: Failure): Candidate[] | null {
  const lines = pythonIndentLines(text);
  const message = failure.message.replace(/^(IndentationError|TabError): /, '');
  if (/^unexpected indent\b/.test(message)) return unexpectedIndentCandidates(text, lines, failure.line);
  if (/^unindent does not match any outer indentation level/.test(message)) return unindentCandidates(text, lines, failure.line);
  const expected = /^expected an indented block(?: after .* on line (\d+))?/.exec(message);
  if (expected) return expectedBlockCandidates(text, lines, failure.line, expected[1] ? Number(expected[1]) : null);
  if (/^inconsistent use of tabs and spaces in indentation/.test(message)) return tabErrorCandidates(text, lines, failure.line);
  return null;
}
