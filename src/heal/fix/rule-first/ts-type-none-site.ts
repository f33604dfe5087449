// Where a TypeScript value that may be null or undefined is used as if it were not: tsc's
// TS18047/18048/18049 ('x' is possibly 'null'), TS2531/2532/2533 (Object is possibly 'undefined'),
// and TS2345/TS2322 of 'T | undefined' where T is wanted. Reads the message, finds the expression.
import type { Node } from 'web-tree-sitter';
import { tsNodesAt, returnedValue, type TsTypeSite } from './ts-type-tree.ts';

export type Missing = 'null' | 'undefined';

export interface TsNoneUse {
  /** The name tsc quotes ('v', 'o.a'); null when it says "Object". */
  name: string | null;
  missing: Missing;
  /** Where tsc points: at the object that is used, at an argument, or at a return. */
  at: 'object' | 'argument' | 'return';
}

const POSSIBLY = /^'(.+)' is possibly '(null|undefined)'(?: or '(?:undefined)')?\.$/;
const OBJECT = /^Object is possibly '(null|undefined)'(?: or '(?:undefined)')?\.$/;
const ASSIGNED = /^(Argument of type|Type) '(.+)' is not assignable to (?:parameter of )?type '(.+)'\.$/;

// What the message says may be missing; null for other messages.
export function readTsNoneUse(code: string | undefined, message: string): TsNoneUse | null {
  const text = message.trim();
  const possibly = /^TS1804[789]$/.test(code ?? '') ? POSSIBLY.exec(text) : null;
  if (possibly) return { name: possibly[1], missing: possibly[2] as Missing, at: 'object' };
  const object = /^TS253[123]$/.test(code ?? '') ? OBJECT.exec(text) : null;
  if (object) return { name: null, missing: object[1] as Missing, at: 'object' };
  const assigned = code === 'TS2345' || code === 'TS2322' ? ASSIGNED.exec(text) : null;
  if (!assigned) return null;
  const missing = missingPart(assigned[2], assigned[3]);
  if (!missing) return null;
  return { name: null, missing, at: assigned[1] === 'Type' ? 'return' : 'argument' };
}

// 'string | undefined' against 'string': the part that is missing from the wanted type.
function missingPart(got: string, wanted: string): Missing | null {
  const parts = got.split(' | ');
  const extra = parts.filter((p) => p === 'undefined' || p === 'null');
  const rest = parts.filter((p) => p !== 'undefined' && p !== 'null');
  if (extra.length !== 1 || wanted.split(' | ').includes(extra[0])) return null;
  return rest.join(' | ') === wanted ? (extra[0] as Missing) : null;
}

// The expression that may be missing, or the reason it is not where tsc points.
export function findTsNoneValue(site: TsTypeSite, use: TsNoneUse): Node | string {
  const nodes = tsNodesAt(site);
  if (use.at === 'argument') return nodes.find((n) => n.parent?.type === 'arguments') ?? 'no argument where tsc points';
  if (use.at === 'return') {
    const statement = nodes.find((n) => n.type === 'return_statement');
    return (statement && returnedValue(statement)) ?? 'no returned value where tsc points';
  }
  const used = nodes.filter(isUsedObject);
  if (use.name !== null) return used.filter((n) => n.text === use.name).pop() ?? `'${use.name}' is not used where tsc points`;
  // tsc names plain names and property paths ('o.a' is possibly...); "Object" is some other
  // expression (a call's result, an index): the one such object in the chain, or unclear.
  // A called member that may be missing is TS2722, not this: only accessed objects count.
  const unnamed = used.filter((n) => !isNamePath(n) && n.parent?.type !== 'call_expression');
  return unnamed.length === 1 ? unnamed[0] : `${unnamed.length} unnamed objects where tsc points`;
}

function isNamePath(node: Node): boolean {
  if (node.type === 'identifier' || node.type === 'this') return true;
  const object = node.type === 'member_expression' ? node.childForFieldName('object') : null;
  return object !== null && isNamePath(object);
}

// The object of a property access, an index or a call: the place `?.` would go after it.
export function isUsedObject(node: Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'member_expression' || parent?.type === 'subscript_expression') return parent.childForFieldName('object')?.id === node.id;
  if (parent?.type === 'call_expression') return parent.childForFieldName('function')?.id === node.id;
  return false;
}
