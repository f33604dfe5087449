// Asks the real Python compiler whether a file is valid. The text goes through stdin and is
// only compiled, never run, so repository code cannot execute here.
import { execa } from 'execa';

export interface SyntaxProblem {
  line: number;
  message: string;
  /** The span Python blames, 1-based; 0 where Python gives none (a bracket never closed has no end). */
  column: number;
  endLine: number;
  endColumn: number;
}

const CHECK = [
  'import sys',
  'src = sys.stdin.buffer.read()',
  'try:',
  "    compile(src, '<rift>', 'exec', dont_inherit=True)",
  'except SyntaxError as e:',
  "    print(f'{e.lineno or 0}\\t{e.offset or 0}\\t{e.end_lineno or 0}\\t{e.end_offset or 0}\\t{e.msg}')",
  '    sys.exit(3)',
  'except Exception as e:',
  "    print(f'0\\t0\\t0\\t0\\t{e}')",
  '    sys.exit(3)',
].join('\n');

// The first syntax error of the source, or null when it compiles.
export async function pythonSyntaxProblem(text: string, python = 'python3'): Promise<SyntaxProblem | null> {
  const result = await execa(python, ['-I', '-c', CHECK], { input: text, reject: false, timeout: 20_000 });
  if (result.exitCode === 0) return null;
  const match = /^(\d+)\t(-?\d+)\t(\d+)\t(-?\d+)\t(.*)$/m.exec(result.stdout);
  if (result.exitCode !== 3 || !match) throw new Error(`python syntax check failed to run: ${result.stderr || result.stdout}`);
  const [line, column, endLine, endColumn] = match.slice(1, 5).map(Number);
  return { line, message: match[5], column, endLine, endColumn };
}
