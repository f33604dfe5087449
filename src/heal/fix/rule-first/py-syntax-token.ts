// Python syntax errors beyond a missing colon or bracket: a forgotten comma, '=' for '==', an
// unterminated string, a doubled or stray token, Python 2's print statement. The compiler's own
// span of the error says where; candidate edits are kept only when the compiler accepts them.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { scanCode, type CodeScan } from '../code-scan.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { forgottenCommaCandidates } from './py-syntax-comma.ts';
import { equalsForAssignCandidates } from './py-syntax-equals.ts';
import { pythonSyntaxError, type PythonSyntaxError } from './py-syntax-error.ts';
import { printCallCandidates } from './py-syntax-print.ts';
import { unterminatedStringCandidates, unterminatedTripleCandidates } from './py-syntax-quotes.ts';
import { invalidSyntaxCandidates } from './py-syntax-stray.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

type CandidateBuilder = (scan: CodeScan, error: PythonSyntaxError) => Candidate[];

/** Python's messages (3.10+) and the candidates for each; the first match wins. */
const HANDLERS: readonly { message: RegExp; candidates: CandidateBuilder }[] = [
  { message: /^invalid syntax\. Perhaps you forgot a comma\?/, candidates: forgottenCommaCandidates },
  { message: /Maybe you meant '==' (or ':=' )?instead of '='\?/, candidates: equalsForAssignCandidates },
  { message: /^unterminated string literal/, candidates: unterminatedStringCandidates },
  { message: /^unterminated triple-quoted string literal/, candidates: unterminatedTripleCandidates },
  { message: /^Missing parentheses in call to 'print'/, candidates: printCallCandidates },
  { message: /^invalid syntax$/, candidates: invalidSyntaxCandidates },
];

// A fixer for the Python syntax errors of a wrong, doubled or stray token and unclosed strings.
export function pySyntaxTokenFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-syntax-token',
    strategy: 'rule_first',
    bugTypes: ['SYNTAX'],
    languages: ['python'],
    fix: (failure, workspace) => fixSyntaxToken(failure, workspace, python),
  };
}

async function fixSyntaxToken(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  // The file's first error is the one to fix (the compiler stops there); the tool may have
  // worded it for another Python version, so the current compiler's message decides.
  const error = await pythonSyntaxError(text, python);
  if (error === null) return { kind: 'decline', reason: `${failure.file} compiles` };
  const handler = HANDLERS.find((h) => h.message.test(error.message));
  if (!handler) return { kind: 'decline', reason: `not a token or string syntax error: ${error.message}` };
  const found = handler.candidates(scanCode(text, 'python'), error);
  if (found.length === 0) return { kind: 'decline', reason: `no edit fits "${error.message}" at ${failure.file} line ${error.line}` };
  const candidates = error.line === failure.line ? found : found.map((c) => ({ ...c, line: error.line }));
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
