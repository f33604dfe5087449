// Whether evaluating an expression can do anything but produce its value: only such a value may
// be dropped with the unused variable it was assigned to. Names, literals, attribute reads,
// functions not called, and containers of those count; a call, an operator that can run a
// user's method, an await or a yield does not.
import type { Node } from 'web-tree-sitter';

const PY_LEAVES = new Set([
  'identifier', 'integer', 'float', 'true', 'false', 'none', 'ellipsis', 'comment',
  'string_start', 'string_content', 'string_end', 'escape_sequence', 'lambda',
]);
const PY_CONTAINERS = new Set([
  'string', 'concatenated_string', 'attribute', 'tuple', 'list', 'set', 'dictionary', 'pair', 'parenthesized_expression',
  'interpolation', 'unary_operator',
]);

const JS_LEAVES = new Set([
  'identifier', 'property_identifier', 'shorthand_property_identifier', 'number', 'true', 'false', 'null', 'undefined', 'this',
  'string_fragment', 'escape_sequence', 'regex', 'arrow_function', 'function_expression', 'function', 'comment', 'private_property_identifier',
]);
const JS_CONTAINERS = new Set([
  'string', 'template_string', 'template_substitution', 'member_expression', 'object', 'array', 'pair', 'parenthesized_expression',
  'unary_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion',
]);
// TypeScript annotations inside an expression are erased: they never run.
const JS_TYPES = /^(type_arguments|type_annotation|predefined_type|type_identifier|generic_type|literal_type|object_type|union_type)$/;

// True when the Python expression node has no side effect.
export function isPurePython(node: Node): boolean {
  if (PY_LEAVES.has(node.type)) return true;
  if (!PY_CONTAINERS.has(node.type)) return false;
  return node.namedChildren.every((child) => child !== null && isPurePython(child));
}

// True when the JavaScript/TypeScript expression node has no side effect.
export function isPureJs(node: Node): boolean {
  if (JS_LEAVES.has(node.type) || JS_TYPES.test(node.type)) return true;
  if (!JS_CONTAINERS.has(node.type)) return false;
  if (node.type === 'unary_expression' && node.childForFieldName('operator')?.text === 'delete') return false;
  return node.namedChildren.every((child) => child !== null && isPureJs(child));
}
