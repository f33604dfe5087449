// Adding or removing a negation: `not x` / `!x` becomes `x`, and a condition or an operand of
// `and`/`or`/`&&`/`||` gets a `not` / `!` in front.
import type { Node } from 'web-tree-sitter';
import { replaceNode, viewOf, type Mutation, type MutationOperator, type SiteView } from './mutation.ts';

/** Expressions that need no parentheses under a prefix negation. */
const ATOMIC = new Set([
  'identifier',
  'call',
  'call_expression',
  'attribute',
  'member_expression',
  'subscript',
  'subscript_expression',
  'parenthesized_expression',
  'true',
  'false',
  'none',
  'null',
]);

const LOGICAL_TOKENS = new Set(['and', 'or', '&&', '||']);

export const negationOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const node of view.nodes) {
    if (isNegation(view, node)) {
      const argument = node.childForFieldName('argument');
      if (argument) out.push(replaceNode('negation', site.source, node, argument.text));
      continue;
    }
    for (const target of negationTargets(view, node)) out.push(replaceNode('negation', site.source, target, negated(view, target)));
  }
  return out;
};

// `not x` in Python, `!x` in JavaScript (a unary minus or `typeof` is not one).
function isNegation(view: SiteView, node: Node): boolean {
  if (node.type !== view.kinds.negation.type) return false;
  return node.childForFieldName('operator')?.type === view.kinds.negation.token || node.child(0)?.type === view.kinds.negation.token;
}

// The conditions of if/while/ternaries, and the operands of a logical operator, that are not negations already.
function negationTargets(view: SiteView, node: Node): Node[] {
  const targets: Node[] = [];
  if (view.kinds.conditions.includes(node.type)) {
    const condition = conditionOf(view, node);
    if (condition) targets.push(condition);
  }
  const token = node.childForFieldName('operator');
  if (view.kinds.operatorNodes.includes(node.type) && token && LOGICAL_TOKENS.has(token.type)) {
    for (const side of ['left', 'right']) {
      const operand = node.childForFieldName(side);
      if (operand) targets.push(operand);
    }
  }
  return targets.filter((t) => !isNegation(view, t));
}

// Python's conditional expression has no `condition` field: `a if cond else b`.
function conditionOf(view: SiteView, node: Node): Node | null {
  if (node.type === 'conditional_expression') return node.namedChild(1);
  const condition = node.childForFieldName('condition');
  if (!condition) return null;
  // `if (x)`: negate inside the parentheses; a for loop's condition is a statement holding the expression.
  if (condition.type === 'parenthesized_expression' || condition.type === 'expression_statement') return condition.namedChild(0);
  return view.site.grammar === 'python' ? condition : condition.namedChild(0) ?? condition;
}

// The node negated, in parentheses unless it binds tighter than the negation.
function negated(view: SiteView, node: Node): string {
  const python = view.site.grammar === 'python';
  const inner = ATOMIC.has(node.type) ? node.text : `(${node.text})`;
  return python ? `not ${inner}` : `!${inner}`;
}
