// A Promise used where its value was meant, inside an async function: tsc's TS2801 ("this
// condition will always return true since this 'Promise<boolean>' is always defined"), TS2339 on
// a Promise type, TS2365 with a Promise operand, and TS2322/TS2345 of 'Promise<T>' where T is
// wanted. All carry tsc's "Did you forget to use 'await'?"; the fix adds the await.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { typeEditCandidate } from './ts-type-edits.ts';
import { enclosingTsFunction, isAsync, returnedValue, runTsTypeFix, tsNodesAt, type TsTypeSite } from './ts-type-tree.ts';

const PROMISE = /^Promise<(.+)>$/;
const CONDITION = /^This condition will always return true since this '(Promise<.+>)' is always defined\.$/;
const PROPERTY = /^Property '([\w$]+)' does not exist on type '(Promise<.+>)'\.$/;
const OPERATOR = /^Operator '(.+)' cannot be applied to types '(.+)' and '(.+)'\.$/;
const ASSIGNED = /^(?:Type|Argument of type) '(Promise<.+>)' is not assignable to (?:parameter of )?type '(.+)'\.$/;

/** Operands that `await x` takes without parentheses. */
const TIGHT = ['call_expression', 'identifier', 'member_expression', 'subscript_expression', 'parenthesized_expression'];

// A fixer for a missing `await` that tsc's types show.
export function tsTypeAwaitFixer(): Fixer {
  return {
    name: 'ts-type-await',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['typescript', 'javascript'],
    fix: fixAwait,
  };
}

type Locate = (nodes: Node[]) => { node: Node; member?: boolean } | null;

async function fixAwait(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const locate = locator(failure.message.trim());
  if (!locate) return { kind: 'decline', reason: `not a Promise used for its value: ${failure.message}` };
  return runTsTypeFix(failure, workspace, 0.85, (site) => candidatesFor(site, locate));
}

// What the message says is a Promise, as a way to find that expression among tsc's nodes.
function locator(message: string): Locate | null {
  if (CONDITION.test(message)) return (nodes) => outermostExpression(nodes);
  if (PROPERTY.test(message)) {
    return (nodes) => {
      const member = nodes.map((n) => n.parent).find((p) => p?.type === 'member_expression');
      const object = member?.childForFieldName('object');
      return object ? { node: object, member: true } : null;
    };
  }
  const op = OPERATOR.exec(message);
  if (op && (PROMISE.test(op[2]) !== PROMISE.test(op[3]))) {
    return (nodes) => {
      const binary = nodes.find((n) => n.type === 'binary_expression' && n.childForFieldName('operator')?.text === op[1]);
      const side = binary?.childForFieldName(PROMISE.test(op[2]) ? 'left' : 'right');
      return side ? { node: side } : null;
    };
  }
  const assigned = ASSIGNED.exec(message);
  if (assigned && PROMISE.exec(assigned[1])?.[1] === assigned[2]) return (nodes) => awaitedValue(nodes);
  return null;
}

function outermostExpression(nodes: Node[]): { node: Node } | null {
  const expressions = nodes.filter((n) => !n.type.endsWith('statement') && n.type !== 'parenthesized_expression' && n.isNamed);
  return expressions.length > 0 ? { node: expressions[expressions.length - 1] } : null;
}

// The value that should have been awaited: an argument, a declared or assigned value, a return.
function awaitedValue(nodes: Node[]): { node: Node } | null {
  for (const n of nodes) {
    const parent = n.parent;
    if (parent?.type === 'arguments') return { node: n };
    if (n.type === 'return_statement') return nullable(returnedValue(n));
    if (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.id === n.id) return nullable(parent.childForFieldName('value'));
    if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === n.id) return nullable(parent.childForFieldName('right'));
  }
  return null;
}

function nullable(node: Node | null): { node: Node } | null {
  return node ? { node } : null;
}

function candidatesFor(site: TsTypeSite, locate: Locate): Candidate[] | string {
  const found = locate(tsNodesAt(site));
  if (!found) return 'the awaited expression is not where tsc points';
  const { node, member } = found;
  if (node.type === 'await_expression') return 'the expression is already awaited';
  const fn = enclosingTsFunction(node);
  if (!fn || !isAsync(fn)) return 'the Promise is not inside an async function; adding await would change the function';
  const operand = TIGHT.includes(node.type) ? node.text : `(${node.text})`;
  const insert = member ? `(await ${operand})` : `await ${operand}`;
  const reason = 'tsc reports a Promise where its value is used, inside an async function';
  return [typeEditCandidate(site.text, [{ start: node.startIndex, end: node.endIndex, insert }], 'add the missing await', reason)];
}
