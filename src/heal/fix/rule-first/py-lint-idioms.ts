// Python idioms pycodestyle and pyflakes ask for, each the same program spelt their way:
//   E713 `not a in b` -> `a not in b`      E714 `not a is b` -> `a is not b`
//   F632 `x is 1` -> `x == 1` (identity of a literal is an accident of the interpreter)
//   E731 `f = lambda v: v * 2` -> `def f(v):` / `return v * 2`
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { parseTree } from '../syntax-tree.ts';
import { indexLines, isBlank, lineCount, lineEnd, lineOf, lineStart, lineText, type LineIndex } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const LITERALS = new Set(['integer', 'float', 'string', 'concatenated_string', 'tuple']);

// A fixer for negated membership and identity tests, literals compared by identity, and lambdas bound to names.
export function pyIdiomsFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-idioms', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-idioms'), edit: rewriteIdiom, python: options.python });
}

async function rewriteIdiom({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const tree = await parseTree(text, 'python');
  try {
    const row = failure.line - 1;
    const on = (type: string) => tree.rootNode.descendantsOfType(type).filter((n): n is Node => n !== null && n.startPosition.row === row);
    switch (failure.code) {
      case 'E713':
        return negatedTest(text, on('not_operator'), 'in', 'not in');
      case 'E714':
        return negatedTest(text, on('not_operator'), 'is', 'is not');
      case 'F632':
        return literalIdentity(text, on('comparison_operator'));
      case 'E731':
        return lambdaToDef(text, on('assignment'));
      default:
        return `no idiom rewrite for ${failure.code}`;
    }
  } finally {
    tree.delete();
  }
}

// `not a in b` -> `a not in b`: one comparison of two operands under the `not`.
function negatedTest(text: string, nots: Node[], operator: string, negated: string): Candidate[] | string {
  for (const not of nots) {
    const test = not.childForFieldName('argument');
    if (test?.type !== 'comparison_operator' || test.childCount !== 3 || test.child(1)?.type !== operator) continue;
    const [left, right] = [test.child(0)!, test.child(2)!];
    const rewritten = `${left.text} ${negated} ${right.text}`;
    return [spliceCandidate(text, { start: not.startIndex, end: not.endIndex }, rewritten, `write \`${rewritten}\``, `\`not\` applies to the whole test; \`${negated}\` says so directly`)];
  }
  return `no \`not … ${operator} …\` on the line`;
}

// `x is 1` -> `x == 1`, `x is not 'a'` -> `x != 'a'`.
function literalIdentity(text: string, comparisons: Node[]): Candidate[] | string {
  for (const comparison of comparisons) {
    const operands = comparison.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (operands.length !== 2 || !operands.some((o) => LITERALS.has(o.type))) continue;
    const tokens = comparison.children.filter((c): c is Node => c !== null && !c.isNamed);
    const negated = tokens.length === 2 && tokens.every((t) => t.type === 'is not');
    if (!negated && !(tokens.length === 1 && tokens[0].type === 'is')) continue;
    const operator = negated ? '!=' : '==';
    const range = { start: tokens[0].startIndex, end: tokens[tokens.length - 1].endIndex };
    return [spliceCandidate(text, range, operator, `compare the literal with '${operator}'`, 'whether two equal literals are the same object depends on the interpreter; equality is what is meant')];
  }
  return 'no literal compared with `is` on the line';
}

// `name = lambda params: body` alone on its line(s) -> a def of the same name, params and value.
function lambdaToDef(text: string, assignments: Node[]): Candidate[] | string {
  const assignment = assignments.find((a) => a.childForFieldName('left')?.type === 'identifier' && a.childForFieldName('right')?.type === 'lambda' && !a.childForFieldName('type'));
  if (!assignment) return 'no lambda assigned to a plain name on the line';
  const statement = assignment.parent;
  if (statement?.type !== 'expression_statement' || statement.namedChildCount !== 1) return 'the assignment shares its statement';
  const index = indexLines(text);
  const first = lineOf(index, statement.startIndex);
  const last = lineOf(index, statement.endIndex);
  const lineStartAt = lineStart(index, first);
  const indent = text.slice(lineStartAt, statement.startIndex);
  if (!/^[ \t]*$/.test(indent) || !/^[ \t]*(#.*)?$/.test(text.slice(statement.endIndex, lineEnd(index, last)))) return 'the assignment shares its line with other code';
  const lambda = assignment.childForFieldName('right')!;
  const name = assignment.childForFieldName('left')!.text;
  const params = lambda.childForFieldName('parameters')?.text ?? '';
  const body = lambda.childForFieldName('body')!.text;
  const unit = indent.includes('\t') ? '\t' : '    ';
  const def = `def ${name}(${params}):\n${indent}${unit}return ${body}`;
  // A def wants blank lines a bare assignment did not: two around it at the top level, one before
  // it inside a block (none right under the header opening the block).
  const wanted = indent === '' ? 2 : 1;
  const above = blankRun(index, first - 1, -1);
  const opensBlock = /:[ \t]*(#.*)?$/.test(lineText(index, first - 1 - above));
  const addBefore = first === 1 || opensBlock ? 0 : Math.max(0, wanted - above);
  const below = blankRun(index, last + 1, 1);
  const followedByCode = indent === '' && last + below < lineCount(index) && !isBlank(lineText(index, last + below + 1));
  const addAfter = followedByCode ? Math.max(0, 2 - below) : 0;
  const replacement = `${'\n'.repeat(addBefore)}${indent}${def}${'\n'.repeat(addAfter)}`;
  return [spliceCandidate(text, { start: lineStartAt, end: statement.endIndex }, replacement, `turn the lambda assigned to '${name}' into a def`, 'a named function is a def: it gets its name in tracebacks and reads as what it is')];
}

// How many blank lines run from `line` on, going up (step -1) or down (step 1).
function blankRun(index: LineIndex, line: number, step: 1 | -1): number {
  let count = 0;
  for (let l = line; l >= 1 && l <= lineCount(index) && isBlank(lineText(index, l)); l += step) count++;
  return count;
}
