// Names that JavaScript/TypeScript declarations bind and names the file assigns again, from
// tree-sitter's tree. Scopes are ignored on purpose: a name reassigned anywhere counts as
// reassigned, which can only make a fixer decline, never make it wrong.
import type { Node } from 'web-tree-sitter';

const NAME_TYPES = new Set(['identifier', 'shorthand_property_identifier_pattern']);
const DEFAULT_VALUE_PARENTS = new Set(['assignment_pattern', 'object_assignment_pattern']);

// The names a binding target (identifier or destructuring pattern) binds.
export function boundNames(target: Node): string[] {
  if (NAME_TYPES.has(target.type)) return [target.text];
  if (target.type === 'member_expression' || target.type === 'subscript_expression') return [];
  const names: string[] = [];
  for (const child of target.namedChildren) {
    if (child === null) continue;
    // `{ a = b }`: b is read, not bound; `{ key: a }`: key is a property name.
    if (DEFAULT_VALUE_PARENTS.has(target.type) && same(child, target.childForFieldName('right'))) continue;
    if (target.type === 'pair_pattern' && same(child, target.childForFieldName('key'))) continue;
    names.push(...boundNames(child));
  }
  return names;
}

// tree-sitter hands out a new Node object per lookup: nodes are the same when their spans are.
function same(a: Node, b: Node | null): boolean {
  return b !== null && a.startIndex === b.startIndex && a.endIndex === b.endIndex;
}

// Every name the file assigns after its declaration: `=`, `+=`, `++`, destructuring assignment,
// and `for (x of ...)` without a declaration.
export function reassignedNames(root: Node): Set<string> {
  const names = new Set<string>();
  const targets = [
    ...root.descendantsOfType(['assignment_expression', 'augmented_assignment_expression']).map((n) => n?.childForFieldName('left')),
    ...root.descendantsOfType('update_expression').map((n) => n?.childForFieldName('argument')),
    ...root
      .descendantsOfType('for_in_statement')
      .filter((n) => n !== null && declarationKind(n) === null)
      .map((n) => n?.childForFieldName('left')),
  ];
  for (const target of targets) if (target) for (const name of boundNames(target)) names.add(name);
  return names;
}

// The `let`, `const` or `var` keyword node of a declaration or a for-in/of head, or null.
export function declarationKind(node: Node): Node | null {
  return node.children.find((c) => c !== null && ['let', 'const', 'var'].includes(c.type)) ?? null;
}
