// TypeScript/JavaScript syntax errors of a missing token (':', ')', ']', '}', ','): the smallest
// insertion that the TypeScript parser accepts.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate } from '../candidates.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { tsTokenCandidates } from './ts-token-candidates.ts';

// A fixer for TypeScript/JavaScript syntax errors that lack one token.
export function tsMissingTokenFixer(): Fixer {
  return {
    name: 'ts-missing-token',
    strategy: 'rule_first',
    bugTypes: ['SYNTAX'],
    languages: ['typescript', 'javascript'],
    fix: fixMissingToken,
  };
}

async function fixMissingToken(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const candidates = await tsTokenCandidates(failure.file, text, failure);
  if (candidates === null) return { kind: 'decline', reason: `not a missing-token syntax error: ${failure.message}` };
  return pickCandidate(candidates, {
    file: failure.file,
    before: text,
    confidence: 0.9,
    check: (after) => tsParseDiagnostics(failure.file, after),
  });
}
