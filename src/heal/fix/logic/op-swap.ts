// Swapping two things that were written in the wrong order: the two arguments of a call, the two
// values of a pair (`return high, low`), or the operands of an operator whose order matters
// (`a - b`, `a // b`, `a << b`).
import type { Node } from 'web-tree-sitter';
import { snippet, viewOf, type Mutation, type MutationOperator } from './mutation.ts';

const NON_COMMUTATIVE = new Set(['-', '/', '//', '%', '**', '<<', '>>', '>>>']);

/** Two-element tuples and arrays. */
const PAIRS = new Set(['expression_list', 'tuple', 'list', 'array']);

/** Arguments that are not plain positional values. */
const NOT_POSITIONAL = new Set(['keyword_argument', 'list_splat', 'dictionary_splat', 'spread_element', 'comment']);

export const swapOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const node of view.nodes) {
    if (node.type === view.kinds.call) {
      const args = node.childForFieldName('arguments');
      const values = args?.namedChildren.filter((n): n is Node => n !== null) ?? [];
      if (args?.type === view.kinds.argumentList && values.length === 2 && !values.some((v) => NOT_POSITIONAL.has(v.type))) {
        out.push(swapped(site.source, values[0], values[1], node));
      }
      continue;
    }
    if (PAIRS.has(node.type)) {
      const values = node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
      if (values.length === 2 && !values.some((v) => NOT_POSITIONAL.has(v.type))) out.push(swapped(site.source, values[0], values[1], node));
      continue;
    }
    if (!view.kinds.operatorNodes.includes(node.type)) continue;
    const token = node.childForFieldName('operator');
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (token && left && right && NON_COMMUTATIVE.has(token.type)) out.push(swapped(site.source, left, right, node));
  }
  return out;
};

// `a, b` -> `b, a`, keeping what stands between them; described by the whole call or expression.
function swapped(source: string, first: Node, second: Node, context: Node): Mutation {
  const between = source.slice(first.endIndex, second.startIndex);
  const insert = second.text + between + first.text;
  const before = source.slice(context.startIndex, context.endIndex);
  const after = source.slice(context.startIndex, first.startIndex) + insert + source.slice(second.endIndex, context.endIndex);
  return {
    operator: 'swap',
    start: first.startIndex,
    end: second.endIndex,
    insert,
    description: `swap the operands: \`${snippet(before)}\` to \`${snippet(after)}\``,
    size: 2,
  };
}
