// pyflakes F841 ("local variable 'x' is assigned to but never used"). The assignment goes when its
// value has no side effect; otherwise only the name goes and the value stays as a statement
// (`x = f()` -> `f()`). An unused `as x` of an except or with clause loses just its `as x`.
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { parseTree } from '../syntax-tree.ts';
import { statementRange } from './import-removal.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { isPurePython } from './lint-pure-expression.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const UNUSED = /^local variable '([^']+)' is assigned to but never used/;

// A fixer for unused local variables in Python.
export function pyUnusedVariableFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-unused-variable', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-unused-variable'), edit: removeVariable, python: options.python });
}

async function removeVariable({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const name = UNUSED.exec(failure.message)?.[1];
  if (!name) return `not an unused-variable message: ${failure.message}`;
  const tree = await parseTree(text, 'python');
  try {
    const row = failure.line - 1;
    const onLine = (n: Node | null): n is Node => n !== null && n.startPosition.row <= row && n.endPosition.row >= row;
    const alias = tree.rootNode.descendantsOfType('as_pattern').filter(onLine).find((n) => aliasName(n) === name);
    if (alias) return [dropAlias(text, alias, name)];
    const assignment = tree.rootNode.descendantsOfType('assignment').filter(onLine).find((n) => n.childForFieldName('left')?.text === name);
    if (!assignment) return `no assignment to '${name}' at line ${failure.line}`;
    return dropAssignment(text, assignment, name);
  } finally {
    tree.delete();
  }
}

function aliasName(pattern: Node): string | null {
  const parent = pattern.parent?.type;
  if (parent !== 'except_clause' && parent !== 'with_item') return null;
  return pattern.childForFieldName('alias')?.text ?? null;
}

// `except E as e:` -> `except E:`; `with open(p) as fh:` -> `with open(p):`.
function dropAlias(text: string, pattern: Node, name: string): Candidate {
  const value = pattern.namedChildren[0];
  const alias = pattern.childForFieldName('alias');
  const range = { start: value?.endIndex ?? pattern.startIndex, end: alias?.endIndex ?? pattern.endIndex };
  return spliceCandidate(text, range, '', `remove the unused variable '${name}'`, `'${name}' is bound by the clause and never used`);
}

function dropAssignment(text: string, assignment: Node, name: string): Candidate[] | string {
  const right = assignment.childForFieldName('right');
  const statement = assignment.parent;
  if (!right || !statement || statement.type !== 'expression_statement') return `the assignment to '${name}' is not a plain statement`;
  if (right.type === 'assignment' || right.type === 'augmented_assignment') return `'${name}' is one target of a chained assignment`;
  if (isPurePython(right)) {
    const reason = `'${name}' is never used and its value has no side effect`;
    const whole = { start: statement.startIndex, end: statement.endIndex };
    return [
      spliceCandidate(text, statementRange(text, whole, 'python'), '', `remove the unused variable '${name}'`, reason),
      // The assignment was its block's only statement: the block still needs one.
      spliceCandidate(text, whole, 'pass', `replace the unused variable '${name}' with pass`, reason),
    ];
  }
  const kept = right.type === 'call' || (right.type === 'await' && right.namedChildren[0]?.type === 'call') ? 'the call' : 'its expression';
  const reason = `'${name}' is never used, but evaluating its value may have effects, so the value is kept as a statement`;
  return [spliceCandidate(text, { start: assignment.startIndex, end: right.startIndex }, '', `remove the unused variable '${name}' and keep ${kept}`, reason)];
}

