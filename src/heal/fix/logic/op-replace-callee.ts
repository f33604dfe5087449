// Calling the opposite function: `max` for `min`, `any` for `all`, `floor` for `ceil`. The pairs
// are data; a callee is replaced by its opposite wherever it is named (`max(...)`, `Math.max(...)`).
import { replaceNode, viewOf, type Mutation, type MutationOperator } from './mutation.ts';

const OPPOSITES: Record<string, string> = {
  min: 'max',
  max: 'min',
  any: 'all',
  all: 'any',
  floor: 'ceil',
  ceil: 'floor',
  startswith: 'endswith',
  endswith: 'startswith',
  startsWith: 'endsWith',
  endsWith: 'startsWith',
  lstrip: 'rstrip',
  rstrip: 'lstrip',
  some: 'every',
  every: 'some',
  trimStart: 'trimEnd',
  trimEnd: 'trimStart',
};

export const replaceCalleeOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const call of view.nodes) {
    if (call.type !== view.kinds.call) continue;
    const callee = call.childForFieldName('function');
    const name = callee?.childForFieldName('property') ?? callee?.childForFieldName('attribute') ?? callee;
    const opposite = name && OPPOSITES[name.text];
    if (name && opposite && (name.type === view.kinds.identifier || name.type === 'property_identifier')) {
      out.push(replaceNode('callee', site.source, name, opposite, 1, call));
    }
  }
  return out;
};
