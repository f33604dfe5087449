// Where Python's own compiler says a file breaks, to the character: the tools' reports carry the
// line at best, and the SyntaxError's span (start and end) is what says which token is wrong.
// The compiler is python-syntax.ts's; this turns its span into offsets.
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { indexLines, offsetAt } from '../text-lines.ts';

export interface PythonSyntaxError {
  message: string;
  /** 1-based line of the error's start. */
  line: number;
  /** Offsets into the text of the span the compiler blames (end exclusive, never before start). */
  start: number;
  end: number;
  /** 1-based line the span ends on. */
  endLine: number;
}

// The first syntax error of the source with its span, or null when it compiles.
export async function pythonSyntaxError(text: string, python = 'python3'): Promise<PythonSyntaxError | null> {
  const problem = await pythonSyntaxProblem(text, python);
  if (!problem) return null;
  const { line, column, endLine, endColumn } = problem;
  const index = indexLines(text);
  const start = offsetAt(index, line, column);
  // Python gives no end (0) for some errors, e.g. a bracket never closed.
  const end = endLine > 0 && endColumn > 0 ? Math.max(start, offsetAt(index, endLine, endColumn)) : start;
  return { message: problem.message, line, start, end, endLine: Math.max(line, endLine) };
}
