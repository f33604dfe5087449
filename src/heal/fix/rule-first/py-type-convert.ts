// Converting one Python expression between str and the number types: a numeric string literal
// becomes the number itself ('18' -> 18), anything else is wrapped in the builtin constructor.
import type { Node } from 'web-tree-sitter';
import type { TextEdit } from './ts-type-edits.ts';

export type PyConvertible = 'str' | 'int' | 'float';

export interface PyConversion {
  edit: TextEdit;
  /** "convert the int to str", "replace the string '18' with the number 18". */
  what: string;
  /** True when a literal was rewritten rather than wrapped. */
  literal: boolean;
}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$/;

export function isPyConvertible(type: string): type is PyConvertible {
  return type === 'str' || type === 'int' || type === 'float';
}

// The edit that turns the expression (of type `from`) into a `to`; null for pairs that are not
// a str <-> number conversion.
export function pyConversion(node: Node, from: string, to: PyConvertible): PyConversion | null {
  const numberTo = to === 'int' || to === 'float';
  if (numberTo ? from !== 'str' : from !== 'int' && from !== 'float') return null;
  const edit = (insert: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, insert });
  const literal = numberTo ? plainStringContent(node) : null;
  if (literal !== null && (to === 'int' ? INT : FLOAT).test(literal.trim())) {
    return { edit: edit(literal.trim()), what: `replace the string ${node.text} with the number ${literal.trim()}`, literal: true };
  }
  if (!numberTo && (node.type === 'integer' || node.type === 'float')) {
    return { edit: edit(`"${node.text}"`), what: `replace the number ${node.text} with the string "${node.text}"`, literal: true };
  }
  return { edit: edit(`${to}(${node.text})`), what: `convert the ${from} to ${to}`, literal: false };
}

// The text of a string literal without prefixes, escapes or interpolation; null otherwise.
function plainStringContent(node: Node): string | null {
  if (node.type !== 'string') return null;
  const parts = node.namedChildren.filter((c): c is Node => c !== null);
  if (/^[a-zA-Z]/.test(node.text)) return null;
  if (parts.some((p) => p.type !== 'string_start' && p.type !== 'string_content' && p.type !== 'string_end')) return null;
  return parts.find((p) => p.type === 'string_content')?.text ?? '';
}
