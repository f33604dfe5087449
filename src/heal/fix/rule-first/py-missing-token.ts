// Python SyntaxErrors of a missing or stray token (a header's ':', a bracket never closed or
// closed by the wrong character): the smallest edit that the real compiler accepts.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate } from '../candidates.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';
import { pythonTokenCandidates } from './py-token-candidates.ts';

// A fixer for Python syntax errors that name a missing colon or bracket.
export function pyMissingTokenFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-missing-token',
    strategy: 'rule_first',
    bugTypes: ['SYNTAX'],
    languages: ['python'],
    fix: (failure, workspace) => fixMissingToken(failure, workspace, python),
  };
}

async function fixMissingToken(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const candidates = pythonTokenCandidates(text, failure);
  if (candidates === null) return { kind: 'decline', reason: `not a missing-token syntax error: ${failure.message}` };
  if (candidates.length === 0) return { kind: 'decline', reason: `found no place for the missing token at ${failure.file} line ${failure.line}` };
  return pickCandidate(candidates, {
    file: failure.file,
    before: text,
    confidence: 0.9,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    },
  });
}
