// The primitive type of a TypeScript expression when the code alone shows it: literals, the
// String/Number/Boolean functions, parameters annotated with a primitive, and arithmetic over
// those. Anything else is unknown (null): a fixer never guesses a type the code does not show.
import type { Node } from 'web-tree-sitter';
import { enclosingTsFunction } from './ts-type-tree.ts';

export type TsPrimitive = 'number' | 'string' | 'boolean';

const PRIMITIVES: readonly string[] = ['number', 'string', 'boolean'];
const COMPARISONS = ['<', '<=', '>', '>=', '==', '===', '!=', '!==', 'instanceof', 'in'];

export function isTsPrimitive(type: string): type is TsPrimitive {
  return PRIMITIVES.includes(type);
}

// The primitive type the expression evaluates to, or null when the code does not show it.
export function guessTsType(node: Node): TsPrimitive | null {
  switch (node.type) {
    case 'number':
      return 'number';
    case 'string':
    case 'template_string':
      return 'string';
    case 'true':
    case 'false':
      return 'boolean';
    case 'parenthesized_expression':
      return node.namedChildren[0] ? guessTsType(node.namedChildren[0]) : null;
    case 'unary_expression': {
      const op = node.childForFieldName('operator')?.text;
      if (op === '!') return 'boolean';
      return op === '-' || op === '+' || op === '~' ? 'number' : null;
    }
    case 'call_expression': {
      const fn = node.childForFieldName('function')?.text;
      return fn === 'String' ? 'string' : fn === 'Number' || fn === 'parseInt' || fn === 'parseFloat' ? 'number' : fn === 'Boolean' ? 'boolean' : null;
    }
    case 'identifier':
      return parameterType(node);
    case 'binary_expression':
      return binaryType(node);
    default:
      return null;
  }
}

function binaryType(node: Node): TsPrimitive | null {
  const op = node.childForFieldName('operator')?.text ?? '';
  if (COMPARISONS.includes(op)) return 'boolean';
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return null;
  const a = guessTsType(left);
  const b = guessTsType(right);
  if (op === '+') {
    if (a === 'string' || b === 'string') return 'string';
    return a === 'number' && b === 'number' ? 'number' : null;
  }
  if (['-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>'].includes(op)) return 'number';
  return null;
}

// An identifier that names a parameter of the enclosing function annotated with a primitive,
// never assigned to in the function.
function parameterType(identifier: Node): TsPrimitive | null {
  const fn = enclosingTsFunction(identifier);
  if (!fn) return null;
  const params = fn.childForFieldName('parameters')?.namedChildren ?? [];
  for (const p of params) {
    if (p?.type !== 'required_parameter' || p.childForFieldName('pattern')?.text !== identifier.text) continue;
    const type = p.childForFieldName('type')?.text.replace(/^:\s*/, '') ?? '';
    const assigned = fn
      .descendantsOfType(['assignment_expression', 'augmented_assignment_expression', 'update_expression'])
      .some((a) => a !== null && (a.childForFieldName('left') ?? a.childForFieldName('argument'))?.text === identifier.text);
    return isTsPrimitive(type) && !assigned ? type : null;
  }
  return null;
}
