// Returning the wrong value: the expression of a `return` on the line is replaced by each other
// name the enclosing function binds.
import { replaceNode, viewOf, type Mutation, type MutationOperator } from './mutation.ts';
import { enclosingScope, scopeNames } from './scope-names.ts';

export const returnValueOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const statement of view.statements) {
    if (statement.type !== view.kinds.returnStatement) continue;
    const value = statement.namedChildren.find((n) => n !== null && n.type !== 'comment');
    if (!value) continue;
    const simple = value.type === view.kinds.identifier;
    for (const name of scopeNames(enclosingScope(statement, view.kinds), view.kinds)) {
      if (name !== value.text) out.push(replaceNode('return', site.source, value, name, simple ? 1 : 2, statement));
    }
  }
  return out;
};
