// ESLint prefer-const ("'x' is never reassigned. Use 'const' instead"): `let` becomes `const`,
// only when no name the declaration binds is ever assigned again and every one has a value.
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { boundNames, declarationKind, reassignedNames } from './js-lint-bindings.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, JS_LINT_RULES } from './lint-rules.ts';

const NEVER_REASSIGNED = /^'([^']+)' is never reassigned\. Use 'const' instead/;

// A fixer for `let` declarations that ESLint says should be `const`.
export function jsPreferConstFixer(): Fixer {
  return lintFixer({ name: 'js-lint-prefer-const', languages: ['javascript', 'typescript'], codes: codesOf(JS_LINT_RULES, 'js-lint-prefer-const'), edit: makeConst });
}

async function makeConst({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const name = NEVER_REASSIGNED.exec(failure.message)?.[1];
  const grammar = grammarOf(failure.file);
  if (!name) return `not a prefer-const message: ${failure.message}`;
  if (grammar === null || grammar === 'python') return `${failure.file} is not JavaScript or TypeScript`;
  const tree = await parseTree(text, grammar);
  try {
    const declaration = declarationOf(tree.rootNode, name, failure.line - 1);
    if (!declaration) return `no let declaration of '${name}' at line ${failure.line}`;
    const { keyword, targets, initialised } = declaration;
    if (!initialised) return `a name of the declaration of '${name}' has no initial value`;
    const names = targets.flatMap(boundNames);
    const reassigned = reassignedNames(tree.rootNode);
    const changed = names.filter((n) => reassigned.has(n));
    if (changed.length > 0) return `the same declaration binds ${changed.map((n) => `'${n}'`).join(', ')}, which is reassigned`;
    const reason = `no name of the declaration (${names.map((n) => `'${n}'`).join(', ')}) is ever reassigned`;
    return [spliceCandidate(text, { start: keyword.startIndex, end: keyword.endIndex }, 'const', `make '${name}' a const`, reason)];
  } finally {
    tree.delete();
  }
}

interface LetDeclaration {
  keyword: Node;
  targets: Node[];
  initialised: boolean;
}

// The `let` declaration (or `for (let ... of/in ...)` head) that binds `name` at the row.
function declarationOf(root: Node, name: string, row: number): LetDeclaration | null {
  const onRow = (n: Node | null): n is Node => n !== null && n.startPosition.row <= row && n.endPosition.row >= row;
  for (const declarator of root.descendantsOfType('variable_declarator').filter(onRow)) {
    const target = declarator.childForFieldName('name');
    const declaration = declarator.parent;
    if (!target || !declaration || declaration.type !== 'lexical_declaration' || !boundNames(target).includes(name)) continue;
    const keyword = declarationKind(declaration);
    if (keyword?.type !== 'let') return null;
    const declarators = declaration.namedChildren.filter((c): c is Node => c !== null && c.type === 'variable_declarator');
    return { keyword, targets: declarators.map((d) => d.childForFieldName('name')!), initialised: declarators.every((d) => d.childForFieldName('value') !== null) };
  }
  for (const loop of root.descendantsOfType('for_in_statement').filter(onRow)) {
    const target = loop.childForFieldName('left');
    const keyword = declarationKind(loop);
    if (target && keyword?.type === 'let' && boundNames(target).includes(name)) return { keyword, targets: [target], initialised: true };
  }
  return null;
}
