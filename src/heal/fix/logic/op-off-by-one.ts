// Off by one: an integer literal n becomes n+1 and n-1; a bound that is not a literal (a range or
// slice argument, an index, a length) gets `+ 1` and `- 1`.
import type { Node } from 'web-tree-sitter';
import { replaceNode, viewOf, type Mutation, type MutationOperator, type SiteView } from './mutation.ts';

/** Bounds worth moving; an arithmetic one only when no literal of its own moves it already. */
const BOUND_TYPES = new Set(['identifier', 'call', 'call_expression', 'attribute', 'member_expression', 'subscript', 'subscript_expression', 'binary_operator', 'binary_expression']);

export const offByOneOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  const seen = new Set<number>();
  for (const node of view.nodes) {
    if (isInteger(view, node)) {
      const value = Number(node.text);
      const context = node.parent ?? node;
      out.push(replaceNode('off-by-one', site.source, node, String(value + 1), 1, context));
      if (value > 0) out.push(value === 1 ? withoutStep(view, node) ?? replaceNode('off-by-one', site.source, node, '0', 1, context) : replaceNode('off-by-one', site.source, node, String(value - 1), 1, context));
      continue;
    }
    for (const bound of boundsOf(view, node)) {
      if (seen.has(bound.id) || !BOUND_TYPES.has(bound.type) || besideLiteral(view, bound) || holdsLiteral(view, bound)) continue;
      seen.add(bound.id);
      // Told as the whole call (`range(2, n)`), not its bare argument list.
      const parent = bound.parent ?? bound;
      const context = parent.type === view.kinds.argumentList ? parent.parent ?? parent : parent;
      out.push(replaceNode('off-by-one', site.source, bound, `${bound.text} + 1`, 1, context));
      out.push(replaceNode('off-by-one', site.source, bound, `${bound.text} - 1`, 1, context));
    }
  }
  return out;
};

// `len(a) - 1`: the literal's own mutations already move this bound by one.
function besideLiteral(view: SiteView, bound: Node): boolean {
  const parent = bound.parent;
  if (!parent || !view.kinds.operatorNodes.includes(parent.type)) return false;
  return parent.namedChildren.some((n) => n !== null && n.id !== bound.id && isInteger(view, n));
}

// `x - 1` / `x + 1` minus its step is `x`, not `x - 0`.
function withoutStep(view: SiteView, one: Node): Mutation | null {
  const parent = one.parent;
  const left = parent?.childForFieldName('left');
  const operator = parent?.childForFieldName('operator')?.type;
  if (!parent || !left || parent.childForFieldName('right')?.id !== one.id || (operator !== '+' && operator !== '-')) return null;
  if (!view.kinds.operatorNodes.includes(parent.type) || parent.type.startsWith('augmented')) return null;
  return replaceNode('off-by-one', view.site.source, parent, left.text);
}

// `n - i - 1`: moving the whole bound by one is what the literal's mutation does.
function holdsLiteral(view: SiteView, bound: Node): boolean {
  return view.kinds.operatorNodes.includes(bound.type) && bound.namedChildren.some((n) => n !== null && isInteger(view, n));
}

function isInteger(view: SiteView, node: Node): boolean {
  return node.type === view.kinds.integer.type && view.kinds.integer.pattern.test(node.text);
}

// The bound expressions a node holds: its range/slice call arguments, subscript index, slice
// parts, or the node itself when it is a length.
function boundsOf(view: SiteView, node: Node): Node[] {
  const kinds = view.kinds;
  if (node.type === kinds.call && kinds.boundCalls.includes(calleeName(node))) {
    return node.childForFieldName('arguments')?.namedChildren.filter((n): n is Node => n !== null) ?? [];
  }
  if (node.type === kinds.subscript.type) {
    const index = node.childForFieldName(kinds.subscript.field);
    return index && index.type !== kinds.slice ? [index] : [];
  }
  if (kinds.slice && node.type === kinds.slice) return node.namedChildren.filter((n): n is Node => n !== null);
  // Inside `len(s) - i` the whole difference moves already.
  if (isLength(view, node) && !['binary_operator', 'binary_expression'].includes(node.parent?.type ?? '')) return [node];
  return [];
}

/** `range` for `range(...)`, `slice` for `s.slice(...)`. */
function calleeName(call: Node): string {
  const callee = call.childForFieldName('function');
  if (!callee) return '';
  const property = callee.childForFieldName('property') ?? callee.childForFieldName('attribute');
  return (property ?? callee).text;
}

// `len(x)` in Python, `x.length` in JavaScript.
function isLength(view: SiteView, node: Node): boolean {
  const { lengthCall, lengthProperty, call } = view.kinds;
  if (lengthCall && node.type === call) return node.childForFieldName('function')?.text === lengthCall;
  if (lengthProperty && node.type === 'member_expression') return node.childForFieldName('property')?.text === lengthProperty;
  return false;
}
