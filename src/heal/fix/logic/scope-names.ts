// The variables of the function around a line: its parameters and the names it binds. They are
// what a wrong variable may be replaced with, and what a wrong return may return instead.
import type { Node } from 'web-tree-sitter';
import type { SyntaxKinds } from './syntax-kinds.ts';

/** A parent type (and the field the identifier sits in, '*' for any) where an identifier is bound. */
const BINDINGS: Record<string, string> = {
  parameters: '*',
  lambda_parameters: '*',
  default_parameter: 'name',
  typed_parameter: '*',
  typed_default_parameter: 'name',
  list_splat_pattern: '*',
  dictionary_splat_pattern: '*',
  assignment: 'left',
  augmented_assignment: 'left',
  pattern_list: '*',
  tuple_pattern: '*',
  list_pattern: '*',
  for_statement: 'left',
  for_in_clause: 'left',
  as_pattern_target: '*',
  named_expression: 'name',
  formal_parameters: '*',
  assignment_pattern: 'left',
  rest_pattern: '*',
  variable_declarator: 'name',
  assignment_expression: 'left',
  augmented_assignment_expression: 'left',
  for_in_statement: 'left',
  catch_clause: 'parameter',
  array_pattern: '*',
};

/** Bindings that a replacement must not touch: they declare, so renaming them changes nothing or breaks. */
const DECLARING = new Set(['parameters', 'lambda_parameters', 'default_parameter', 'typed_parameter', 'typed_default_parameter', 'formal_parameters', 'assignment_pattern', 'variable_declarator', 'for_statement', 'for_in_clause', 'for_in_statement', 'catch_clause', 'rest_pattern', 'list_splat_pattern', 'dictionary_splat_pattern']);

/** Identifiers that are not variables where they stand: a callee, an attribute, a keyword. */
const NOT_A_VARIABLE: Record<string, string> = {
  call: 'function',
  call_expression: 'function',
  attribute: 'attribute',
  keyword_argument: 'name',
  function_definition: 'name',
  class_definition: 'name',
  function_declaration: 'name',
  class_declaration: 'name',
  method_definition: 'name',
};

// The innermost function around a node, or the whole file at module level.
export function enclosingScope(node: Node, kinds: SyntaxKinds): Node {
  let last = node;
  for (let n: Node | null = node; n; n = n.parent) {
    if (kinds.functions.includes(n.type)) return n;
    last = n;
  }
  return last;
}

// The field of its parent an identifier stands in (tree-sitter gives it per child index).
function fieldOf(node: Node): string | null {
  const parent = node.parent;
  if (!parent) return null;
  for (let i = 0; i < parent.childCount; i++) if (parent.child(i)?.id === node.id) return parent.fieldNameForChild(i);
  return null;
}

// Whether an identifier declares a name (a parameter, `const x`), assigns one (`x = ...`), or neither.
function bindingKind(identifier: Node): 'declaring' | 'assigning' | null {
  const parent = identifier.parent;
  if (!parent) return null;
  const field = BINDINGS[parent.type];
  if (field === undefined || (field !== '*' && fieldOf(identifier) !== field)) return null;
  return DECLARING.has(parent.type) ? 'declaring' : 'assigning';
}

/** The names a scope binds, parameters first, then in the order they are first bound. */
export function scopeNames(scope: Node, kinds: SyntaxKinds): string[] {
  const names: string[] = [];
  for (const id of scope.descendantsOfType(kinds.identifier)) {
    if (!id || bindingKind(id) === null) continue;
    if (!names.includes(id.text) && !kinds.reserved.includes(id.text)) names.push(id.text);
  }
  return names;
}

/** True for an identifier that reads or assigns a variable (not one that declares it or names a callee). */
export function isReplaceableVariable(identifier: Node, kinds: SyntaxKinds): boolean {
  if (identifier.type !== kinds.identifier || kinds.reserved.includes(identifier.text)) return false;
  if (bindingKind(identifier) === 'declaring') return false;
  const parent = identifier.parent;
  if (parent && NOT_A_VARIABLE[parent.type] === fieldOf(identifier)) return false;
  return true;
}

export type NameShape = 'container' | 'scalar';

/** Where a name shows it holds a container: subscripted, measured, or iterated. */
const CONTAINER_USES: Record<string, string> = {
  subscript: 'value',
  subscript_expression: 'object',
  for_statement: 'right',
  for_in_statement: 'right',
};

// Containers and scalars among a scope's names, judged from how the scope uses them, so a
// variable is only ever replaced by one of the same shape.
export function nameShapes(scope: Node, kinds: SyntaxKinds): Map<string, NameShape> {
  const shapes = new Map<string, NameShape>();
  for (const id of scope.descendantsOfType(kinds.identifier)) {
    if (!id) continue;
    if (!shapes.has(id.text)) shapes.set(id.text, 'scalar');
    if (usedAsContainer(id, kinds)) shapes.set(id.text, 'container');
  }
  return shapes;
}

// `x[i]`, `for v in x`, `len(x)`, `x.length`: x holds several values.
function usedAsContainer(id: Node, kinds: SyntaxKinds): boolean {
  const parent = id.parent;
  if (!parent) return false;
  if (CONTAINER_USES[parent.type] === fieldOf(id)) return true;
  // len(x) / x.length
  if (kinds.lengthCall && parent.type === kinds.argumentList && parent.parent?.childForFieldName('function')?.text === kinds.lengthCall) return true;
  return Boolean(kinds.lengthProperty && parent.type === 'member_expression' && parent.childForFieldName('property')?.text === kinds.lengthProperty);
}
