// The builtin scalar type of a Python expression when the code alone shows it: literals, calls
// of the builtin constructors, parameters annotated with a scalar, and arithmetic over those.
// Anything else is unknown (null): a fixer never guesses a type the code does not show.
import type { Node } from 'web-tree-sitter';
import { enclosingPyFunction } from './py-type-tree.ts';

export type PyScalar = 'int' | 'float' | 'str' | 'bool' | 'bytes' | 'None';

const SCALARS: readonly string[] = ['int', 'float', 'str', 'bool', 'bytes', 'None'];
const CONSTRUCTORS: Record<string, PyScalar> = { str: 'str', int: 'int', float: 'float', bool: 'bool', bytes: 'bytes', len: 'int', repr: 'str', round: 'int' };

export function isPyScalar(name: string): name is PyScalar {
  return SCALARS.includes(name);
}

// The scalar type the expression evaluates to, or null when the code does not show it.
export function guessPyType(node: Node): PyScalar | null {
  switch (node.type) {
    case 'integer':
      return 'int';
    case 'float':
      return 'float';
    case 'true':
    case 'false':
    case 'comparison_operator':
    case 'not_operator':
      return 'bool';
    case 'none':
      return 'None';
    case 'string':
      return /^[a-zA-Z]*[bB]/.test(node.text) ? 'bytes' : 'str';
    case 'concatenated_string':
      return 'str';
    case 'parenthesized_expression':
      return node.namedChildren[0] ? guessPyType(node.namedChildren[0]) : null;
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const type = operand ? guessPyType(operand) : null;
      return type === 'int' || type === 'float' ? type : null;
    }
    case 'call':
      return callType(node);
    case 'identifier':
      return parameterType(node);
    case 'binary_operator':
      return binaryType(node);
    default:
      return null;
  }
}

function callType(call: Node): PyScalar | null {
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'identifier') return null;
  if (fn.text === 'round') return (call.childForFieldName('arguments')?.namedChildren.length ?? 0) === 1 ? 'int' : null;
  return CONSTRUCTORS[fn.text] ?? null;
}

// An identifier that names a parameter of the enclosing function annotated with a scalar type
// (and is not reassigned in between: the annotation then is what the checker sees).
function parameterType(identifier: Node): PyScalar | null {
  const fn = enclosingPyFunction(identifier);
  const parameters = fn?.childForFieldName('parameters');
  if (!fn || !parameters) return null;
  for (const p of parameters.namedChildren) {
    if (!p || (p.type !== 'typed_parameter' && p.type !== 'typed_default_parameter')) continue;
    const name = p.type === 'typed_parameter' ? p.namedChildren[0] : p.childForFieldName('name');
    const type = p.childForFieldName('type')?.text ?? '';
    if (name?.type === 'identifier' && name.text === identifier.text) return isPyScalar(type) && !reassigned(fn, identifier) ? type : null;
  }
  return null;
}

function reassigned(fn: Node, identifier: Node): boolean {
  return fn
    .descendantsOfType(['assignment', 'augmented_assignment'])
    .some((a) => a !== null && a.startIndex < identifier.startIndex && a.childForFieldName('left')?.text === identifier.text);
}

function binaryType(node: Node): PyScalar | null {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text;
  if (!left || !right || !op) return null;
  const a = guessPyType(left);
  const b = guessPyType(right);
  if (op === '%' && a === 'str') return 'str';
  if (a === null || b === null) return null;
  const numeric = (t: PyScalar): boolean => t === 'int' || t === 'float' || t === 'bool';
  if (numeric(a) && numeric(b)) {
    if (op === '/') return 'float';
    return a === 'float' || b === 'float' ? 'float' : 'int';
  }
  if (op === '+' && a === b && (a === 'str' || a === 'bytes')) return a;
  if (op === '*' && ((a === 'str' && b === 'int') || (a === 'int' && b === 'str'))) return 'str';
  return null;
}
