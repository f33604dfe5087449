// The language's own parser over every candidate text before anything runs: tree-sitter accepts a
// few things the real compiler refuses (a `return` in a class body, a bad assignment target).
// Python texts are only compiled, never run, all in one interpreter.
import { execa } from 'execa';
import type { Grammar } from '../syntax-tree.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';

const COMPILE_ALL = [
  'import json, sys',
  'ok = []',
  'for text in json.load(sys.stdin):',
  '    try:',
  "        compile(text, '<rift>', 'exec', dont_inherit=True)",
  '        ok.append(True)',
  '    except Exception:',
  '        ok.append(False)',
  'print(json.dumps(ok))',
].join('\n');

/** Whether each text compiles as `file` in its language, in order. */
export async function compiles(file: string, grammar: Grammar, texts: string[], python = 'python3'): Promise<boolean[]> {
  if (texts.length === 0) return [];
  if (grammar !== 'python') return Promise.all(texts.map(async (text) => (await tsParseDiagnostics(file, text)).length === 0));
  const result = await execa(python, ['-I', '-c', COMPILE_ALL], { input: JSON.stringify(texts), reject: false, timeout: 60_000 });
  if (result.exitCode !== 0) throw new Error(`python compile check failed to run: ${result.stderr || result.stdout}`);
  return JSON.parse(result.stdout) as boolean[];
}
