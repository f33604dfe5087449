// Asks the real Python compiler whether two versions of a file are the same program. An edit
// of indentation style only (tabs to spaces, a wider unit) must leave the syntax tree as it was.
// Both texts go through stdin and are only parsed, never run.
import { execa } from 'execa';

const SAME = [
  'import ast, json, sys',
  'a, b = json.loads(sys.stdin.buffer.read())',
  'try:',
  '    same = ast.dump(ast.parse(a)) == ast.dump(ast.parse(b))',
  'except SyntaxError:',
  '    same = False',
  'sys.exit(0 if same else 3)',
].join('\n');

// True when both texts parse and their syntax trees are equal.
export async function pythonSameProgram(before: string, after: string, python = 'python3'): Promise<boolean> {
  const result = await execa(python, ['-I', '-c', SAME], { input: JSON.stringify([before, after]), reject: false, timeout: 20_000 });
  if (result.exitCode === 0) return true;
  if (result.exitCode === 3) return false;
  throw new Error(`python syntax-tree comparison failed to run: ${result.stderr || result.stdout}`);
}
