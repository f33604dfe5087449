// A variable used in place of another: each variable read or assigned on the line is replaced by
// each other name the enclosing function binds (its parameters and locals) that it uses the same
// way (a list for a list, a number for a number).
import { replaceNode, viewOf, type Mutation, type MutationOperator } from './mutation.ts';
import { enclosingScope, isReplaceableVariable, nameShapes, scopeNames } from './scope-names.ts';

/** More names than this and the nearest-bound ones are kept: the rest are rarely the mix-up. */
const MAX_NAMES = 8;

export const replaceVariableOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const node of view.nodes) {
    if (!isReplaceableVariable(node, view.kinds)) continue;
    const scope = enclosingScope(node, view.kinds);
    const names = scopeNames(scope, view.kinds);
    if (!names.includes(node.text)) continue;
    const shapes = nameShapes(scope, view.kinds);
    const alike = names.filter((n) => n !== node.text && shapes.get(n) === shapes.get(node.text));
    for (const name of alike.slice(0, MAX_NAMES)) {
      out.push(replaceNode('variable', site.source, node, name, 1, node.parent ?? node));
    }
  }
  return out;
};
