// Converting one TypeScript expression between string and number: a numeric string literal
// becomes the number itself ('18' -> 18), anything else is wrapped in String(...) or Number(...).
import type { Node } from 'web-tree-sitter';
import type { TextEdit } from './ts-type-edits.ts';

export interface TsConversion {
  edit: TextEdit;
  /** "convert the string to number", "replace the string '18' with the number 18". */
  what: string;
  /** True when a literal was rewritten rather than wrapped. */
  literal: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

// The edit that turns the expression (of type `from`) into a `to`; null unless it is a string
// <-> number conversion.
export function tsConversion(node: Node, from: string, to: string): TsConversion | null {
  const pair = `${from}>${to}`;
  if (pair !== 'string>number' && pair !== 'number>string') return null;
  const edit = (insert: string): TextEdit => ({ start: node.startIndex, end: node.endIndex, insert });
  if (to === 'number' && node.type === 'string' && !node.text.includes('\\') && NUMBER.test(node.text.slice(1, -1).trim())) {
    const value = node.text.slice(1, -1).trim();
    return { edit: edit(value), what: `replace the string ${node.text} with the number ${value}`, literal: true };
  }
  if (to === 'string' && node.type === 'number') {
    return { edit: edit(`'${node.text}'`), what: `replace the number ${node.text} with the string '${node.text}'`, literal: true };
  }
  const wrapper = to === 'number' ? 'Number' : 'String';
  return { edit: edit(`${wrapper}(${node.text})`), what: `convert the ${from} to ${to}`, literal: false };
}
