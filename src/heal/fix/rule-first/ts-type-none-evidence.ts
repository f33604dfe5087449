// What a TypeScript file itself shows about a value that may be null or undefined: the `??`
// default it gives the same value (or the same kind of lookup) elsewhere, and whether the result
// of `x?.y` may be undefined where it goes (a return type that allows it, a discarded value).
import type { Node } from 'web-tree-sitter';
import type { TextEdit } from './ts-type-edits.ts';
import { enclosingTsFunction } from './ts-type-tree.ts';

/** Where `E ?? D` needs no parentheses. */
const LOOSE_PARENTS = ['arguments', 'return_statement', 'variable_declarator', 'expression_statement', 'arrow_function'];

// A literal that can stand as a neutral value: a plain string, a number, a bool, an empty array or object.
export function isTsNeutralLiteral(node: Node): boolean {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'true':
    case 'false':
      return true;
    case 'template_string':
      return !node.namedChildren.some((c) => c?.type === 'template_substitution');
    case 'unary_expression':
      return node.childForFieldName('argument')?.type === 'number';
    case 'array':
    case 'object':
      return node.namedChildren.length === 0;
    default:
      return false;
  }
}

// The initializer of the one declaration of the name in the file, when nothing reassigns it.
export function initializerOf(value: Node, root: Node): Node | null {
  if (value.type !== 'identifier') return null;
  const declarators = root.descendantsOfType('variable_declarator').filter((d): d is Node => d !== null && d.childForFieldName('name')?.text === value.text);
  const reassigned = root
    .descendantsOfType(['assignment_expression', 'augmented_assignment_expression'])
    .some((a) => a?.childForFieldName('left')?.text === value.text);
  return declarators.length === 1 && !reassigned ? declarators[0].childForFieldName('value') : null;
}

// `X.get(...)`: its receiver's text, so two lookups in the same map count as the same kind.
function lookupReceiver(node: Node): string | null {
  const fn = node.type === 'call_expression' ? node.childForFieldName('function') : null;
  return fn?.type === 'member_expression' && fn.childForFieldName('property')?.text === 'get' ? fn.childForFieldName('object')?.text ?? null : null;
}

function sameValue(left: Node, key: Node): boolean {
  if (left.text === key.text) return true;
  const receiver = lookupReceiver(key);
  return receiver !== null && lookupReceiver(left) === receiver;
}

// The one literal default the file gives `key` (or the same kind of lookup) with `??` elsewhere.
export function tsFileDefault(key: Node, root: Node): string | null {
  const defaults = new Set<string>();
  for (const b of root.descendantsOfType('binary_expression')) {
    if (!b || b.childForFieldName('operator')?.text !== '??') continue;
    const left = b.childForFieldName('left');
    const right = b.childForFieldName('right');
    if (left && right && isTsNeutralLiteral(right) && sameValue(left, key)) defaults.add(right.text);
  }
  return defaults.size === 1 ? [...defaults][0] : null;
}

// Replaces the expression with `expression ?? value`, in parentheses where its place binds tighter.
export function nullishEdit(node: Node, value: string): TextEdit {
  const loose = LOOSE_PARENTS.includes(node.parent?.type ?? '') && !/^(binary|ternary|assignment|sequence)_expression$/.test(node.type);
  const insert = loose ? `${node.text} ?? ${value}` : `(${node.text} ?? ${value})`;
  return { start: node.startIndex, end: node.endIndex, insert };
}

// The whole chain an object starts (`o.a.b()` for `o`), up to where its value goes.
function chainTop(object: Node): Node {
  let top = object;
  for (let p = top.parent; p; p = p.parent) {
    const inner = p.type === 'call_expression' ? p.childForFieldName('function') : p.childForFieldName('object');
    if (!['member_expression', 'subscript_expression', 'call_expression'].includes(p.type) || inner?.id !== top.id) break;
    top = p;
  }
  return top;
}

// Whether the function around the node declares a return type that allows undefined.
function returnAllowsUndefined(node: Node): boolean {
  const fn = enclosingTsFunction(node);
  const type = fn?.childForFieldName('return_type')?.namedChildren[0]?.text ?? '';
  return type.split('|').some((part) => part.trim() === 'undefined');
}

// Why `?.` after the object is safe where the chain's value goes; null when the code does not show it.
export function optionalChainEvidence(object: Node, text: string): string | null {
  const top = chainTop(object);
  const parent = top.parent;
  const returned = parent?.type === 'return_statement' || (parent?.type === 'arrow_function' && parent.childForFieldName('body')?.id === top.id);
  if (returned && returnAllowsUndefined(top)) return 'the function is declared to return undefined too';
  const chainedElsewhere = new RegExp(`(^|[^\\w$.])${escape(object.text)}\\?\\.`).test(text);
  if (!chainedElsewhere) return null;
  const tolerant =
    parent?.type === 'expression_statement' ||
    (parent?.type === 'binary_expression' && parent.childForFieldName('operator')?.text === '??' && parent.childForFieldName('left')?.id === top.id) ||
    (parent?.type === 'unary_expression' && parent.childForFieldName('operator')?.text === '!') ||
    (parent?.type === 'parenthesized_expression' && ['if_statement', 'while_statement'].includes(parent.parent?.type ?? ''));
  return tolerant ? `the file already uses '${object.text}?.' and the value here may be undefined` : null;
}

// The edit that turns `x.y` into `x?.y` (and `x[i]`, `x()` into `x?.[i]`, `x?.()`).
export function optionalChainEdit(object: Node): TextEdit | null {
  const parent = object.parent;
  if (!parent) return null;
  if (parent.type === 'member_expression') {
    const dot = parent.children.find((c) => c !== null && (c.type === '.' || c.type === '?.') && c.startIndex >= object.endIndex);
    return dot && dot.type === '.' ? { start: dot.startIndex, end: dot.endIndex, insert: '?.' } : null;
  }
  if (parent.children.some((c) => c?.type === '?.')) return null;
  return { start: object.endIndex, end: object.endIndex, insert: '?.' };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
