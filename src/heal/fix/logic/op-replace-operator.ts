// Operator replacement, one family at a time: relational, arithmetic, logical, bitwise. A family is
// data (groups of interchangeable tokens per language); the operator is the same for all of them.
import type { Node } from 'web-tree-sitter';
import type { Grammar } from '../syntax-tree.ts';
import { replaceNode, viewOf, type Mutation, type MutationOperator } from './mutation.ts';

/** Tokens that may replace each other: a token's alternatives are the others of every group holding it. */
type Groups = readonly (readonly string[])[];

interface Family {
  name: string;
  python: Groups;
  javascript: Groups;
}

const ORDERING = ['<', '<=', '>', '>='];

export const RELATIONAL: Family = {
  name: 'relational',
  python: [[...ORDERING, '==', '!=']],
  // `===` and `==` are rarely the bug: each equality stays in its own strictness.
  javascript: [
    [...ORDERING, '===', '!=='],
    [...ORDERING, '==', '!='],
  ],
};

export const ARITHMETIC: Family = {
  name: 'arithmetic',
  python: [
    ['+', '-', '*', '/', '//', '%'],
    ['+=', '-=', '*=', '/=', '//=', '%='],
  ],
  javascript: [
    ['+', '-', '*', '/', '%'],
    ['+=', '-=', '*=', '/=', '%='],
    ['++', '--'],
  ],
};

export const LOGICAL: Family = {
  name: 'logical',
  python: [['and', 'or']],
  javascript: [
    ['&&', '||'],
    ['||', '??'],
  ],
};

export const BITWISE: Family = {
  name: 'bitwise',
  python: [
    ['&', '|', '^'],
    ['<<', '>>'],
    ['&=', '|=', '^='],
  ],
  javascript: [
    ['&', '|', '^'],
    ['<<', '>>', '>>>'],
    ['&=', '|=', '^='],
  ],
};

/**
 * The likeliest slip for a token, tried before the others of its groups: when several edits pass
 * the tests, the earliest wins, so `==` becomes `!=` rather than `>`.
 */
const CLOSEST: Record<string, string> = {
  '<': '<=',
  '<=': '<',
  '>': '>=',
  '>=': '>',
  '==': '!=',
  '!=': '==',
  '===': '!==',
  '!==': '===',
  '+': '-',
  '-': '+',
  '*': '/',
  '/': '//',
  '//': '/',
  '%': '//',
  '+=': '-=',
  '-=': '+=',
};

// Every other token of the groups holding `token`: its closest first, then in group order.
export function alternativesOf(groups: Groups, token: string): string[] {
  const out: string[] = [];
  for (const group of groups) {
    if (!group.includes(token)) continue;
    for (const other of group) if (other !== token && !out.includes(other)) out.push(other);
  }
  const closest = CLOSEST[token];
  return closest && out.includes(closest) ? [closest, ...out.filter((t) => t !== closest)] : out;
}

function groupsFor(family: Family, grammar: Grammar): Groups {
  return grammar === 'python' ? family.python : family.javascript;
}

// The operator that swaps each operator token of the family on the line for each alternative.
export function replaceOperator(family: Family): MutationOperator {
  return (site) => {
    const view = viewOf(site);
    const groups = groupsFor(family, site.grammar);
    const out: Mutation[] = [];
    for (const node of view.nodes) {
      if (!view.kinds.operatorNodes.includes(node.type)) continue;
      for (const token of operatorTokens(node)) {
        for (const alternative of alternativesOf(groups, token.type)) {
          out.push(replaceNode(family.name, site.source, token, alternative, 1, node));
        }
      }
    }
    return out;
  };
}

// The anonymous operator tokens of an expression (`<` in `a < b`; both in `a < b <= c`).
function operatorTokens(node: Node): Node[] {
  return node.children.filter((c): c is Node => c !== null && !c.isNamed && c.type === c.text);
}

export const relationalOperator = replaceOperator(RELATIONAL);
export const arithmeticOperator = replaceOperator(ARITHMETIC);
export const logicalOperator = replaceOperator(LOGICAL);
export const bitwiseOperator = replaceOperator(BITWISE);
