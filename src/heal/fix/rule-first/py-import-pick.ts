// The import fixers' last step: keep a candidate edit only if Python still compiles the file.
import type { FixResult } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';

// The first candidate that compiles, as a patch of `file`; declines when none does.
export function pickPythonCandidate(candidates: Candidate[], file: string, before: string, confidence: number, python: string): Promise<FixResult> {
  return pickCandidate(candidates, {
    file,
    before,
    confidence,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    },
  });
}
