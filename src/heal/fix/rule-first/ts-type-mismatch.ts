// tsc's string/number mismatches that the types settle: TS2345 (an argument; swapped arguments
// when the signature shows the swap), TS2322 (a declared variable, a property, a return: the
// return annotation is changed when every return gives the other type) and TS2365 (a comparison
// or arithmetic between a string and a number).
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { typeEditCandidate } from './ts-type-edits.ts';
import { tsConversion } from './ts-type-convert.ts';
import { guessTsType, isTsPrimitive } from './ts-type-guess.ts';
import { findTsParameters } from './ts-type-signature.ts';
import { enclosingTsFunction, ownTsReturns, returnedValue, runTsTypeFix, tsNodesAt, widenTsType, type TsTypeSite } from './ts-type-tree.ts';

const ARGUMENT = /^Argument of type '(.+)' is not assignable to parameter of type '(.+)'\.$/;
const ASSIGNED = /^Type '(.+)' is not assignable to type '(.+)'\.$/;
const OPERATOR = /^Operator '(.+)' cannot be applied to types '(.+)' and '(.+)'\.$/;
const COMPARISONS = ['<', '<=', '>', '>='];

// A fixer for string/number type mismatches in TypeScript.
export function tsTypeMismatchFixer(): Fixer {
  return {
    name: 'ts-type-mismatch',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['typescript', 'javascript'],
    fix: fixMismatch,
  };
}

async function fixMismatch(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const message = failure.message.trim();
  const argument = failure.code === 'TS2345' ? ARGUMENT.exec(message) : null;
  if (argument) return run(failure, workspace, (site) => argumentCandidates(site, widenTsType(argument[1]), widenTsType(argument[2])));
  const assigned = failure.code === 'TS2322' ? ASSIGNED.exec(message) : null;
  if (assigned) return run(failure, workspace, (site) => assignedCandidates(site, widenTsType(assigned[1]), widenTsType(assigned[2])));
  const operator = failure.code === 'TS2365' ? OPERATOR.exec(message) : null;
  if (operator) return run(failure, workspace, (site) => operatorCandidates(site, operator[1], widenTsType(operator[2]), widenTsType(operator[3])));
  return { kind: 'decline', reason: `not a string/number mismatch tsc message: ${failure.message}` };
}

function run(failure: Failure, workspace: WorkspaceReader, build: (site: TsTypeSite) => Candidate[] | string): Promise<FixResult> {
  return runTsTypeFix(failure, workspace, 0.85, build);
}

function argumentCandidates(site: TsTypeSite, got: string, expected: string): Candidate[] | string {
  const arg = tsNodesAt(site).find((n) => n.parent?.type === 'arguments');
  const call = arg?.parent?.parent;
  if (!arg || call?.type !== 'call_expression') return 'no call argument where tsc points';
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
  const candidates: Candidate[] = [];
  const swap = swapCandidate(site, call, args, args.findIndex((a) => a.id === arg.id), got, expected);
  if (swap) candidates.push(swap);
  const conversion = tsConversion(arg, got, expected);
  if (conversion) {
    const description = conversion.literal ? conversion.what : `convert the argument to ${expected}`;
    candidates.push(typeEditCandidate(site.text, [conversion.edit], description, `the parameter is a ${expected} and the argument a ${got}`));
  }
  return candidates.length > 0 ? candidates : `no swap or conversion turns a ${got} into a ${expected}`;
}

// Swaps argument i with the one argument j whose parameter wants what i is, when j's argument is
// visibly what i's parameter wants (or carries that parameter's name).
function swapCandidate(site: TsTypeSite, call: Node, args: Node[], i: number, got: string, expected: string): Candidate | null {
  const fn = call.childForFieldName('function');
  const name = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn?.text;
  const params = name ? findTsParameters(site.root, name) : null;
  if (!params || i < 0 || args.length > params.length || params[i]?.type !== expected) return null;
  const partners = args
    .map((arg, j) => ({ arg, j }))
    .filter(({ j }) => j !== i && params[j]?.type === got)
    .filter(({ arg }) => guessTsType(arg) === expected || (arg.type === 'identifier' && arg.text === params[i].name));
  if (partners.length !== 1) return null;
  const { arg: other, j } = partners[0];
  const edits = [
    { start: args[i].startIndex, end: args[i].endIndex, insert: other.text },
    { start: other.startIndex, end: other.endIndex, insert: args[i].text },
  ];
  const reason = `'${name}' takes ${params[i].name}: ${params[i].type} at ${i + 1} and ${params[j].name}: ${params[j].type} at ${j + 1}; the call passes them the other way round`;
  return typeEditCandidate(site.text, edits, 'swap the arguments to match the signature', reason);
}

function assignedCandidates(site: TsTypeSite, got: string, expected: string): Candidate[] | string {
  const nodes = tsNodesAt(site);
  const statement = nodes.find((n) => n.type === 'return_statement');
  if (statement) return returnCandidates(site, statement, got, expected);
  const value = assignedValue(nodes);
  if (!value) return 'no declaration, assignment or property where tsc points';
  const conversion = tsConversion(value, got, expected);
  if (!conversion) return `no conversion from ${got} to ${expected}`;
  const description = conversion.literal ? conversion.what : `convert the value to ${expected}`;
  return [typeEditCandidate(site.text, [conversion.edit], description, `the target is declared ${expected} and gets a ${got}`)];
}

// tsc points at a declared name, an assignment's target or a property's key: the value is beside it.
function assignedValue(nodes: Node[]): Node | null {
  for (const n of nodes) {
    const parent = n.parent;
    if (parent?.type === 'variable_declarator' && parent.childForFieldName('name')?.id === n.id) return parent.childForFieldName('value');
    if (parent?.type === 'assignment_expression' && parent.childForFieldName('left')?.id === n.id) return parent.childForFieldName('right');
    if (parent?.type === 'pair' && parent.childForFieldName('key')?.id === n.id) return parent.childForFieldName('value');
    if (parent?.type === 'public_field_definition' && parent.childForFieldName('name')?.id === n.id) return parent.childForFieldName('value');
  }
  return null;
}

function returnCandidates(site: TsTypeSite, statement: Node, got: string, expected: string): Candidate[] | string {
  const value = returnedValue(statement);
  const fn = enclosingTsFunction(statement);
  const annotation = fn?.childForFieldName('return_type');
  if (!value || !fn) return 'the return is not inside a function';
  const candidates: Candidate[] = [];
  const typeNode = annotation?.namedChildren[0];
  const consistent = ownTsReturns(fn).every((r) => r.id === statement.id || guessTsType(returnedValue(r) ?? r) === got);
  if (typeNode && typeNode.text === expected && isTsPrimitive(got) && consistent) {
    const edit = { start: typeNode.startIndex, end: typeNode.endIndex, insert: got };
    candidates.push(typeEditCandidate(site.text, [edit], `change the return annotation to ${got}`, `every return gives a ${got}; the annotation says ${expected}`));
  }
  const conversion = tsConversion(value, got, expected);
  if (conversion) {
    const description = conversion.literal ? conversion.what : `convert the returned value to ${expected}`;
    candidates.push(typeEditCandidate(site.text, [conversion.edit], description, `the function is annotated to return ${expected} and returns a ${got} here`));
  }
  return candidates.length > 0 ? candidates : `neither the annotation nor the value can be made to agree (got ${got}, expected ${expected})`;
}

function operatorCandidates(site: TsTypeSite, op: string, left: string, right: string): Candidate[] | string {
  const node = tsNodesAt(site).find((n) => n.type === 'binary_expression' && n.childForFieldName('operator')?.text === op);
  const pair = [left, right].sort().join(' and ');
  if (!node || pair !== 'number and string') return `no '${op}' between a string and a number where tsc points`;
  const operand = left === 'string' ? node.childForFieldName('left') : node.childForFieldName('right');
  const conversion = operand ? tsConversion(operand, 'string', 'number') : null;
  if (!conversion) return 'cannot convert the string operand';
  const purpose = COMPARISONS.includes(op) ? 'before comparing' : 'before the arithmetic';
  const description = conversion.literal ? conversion.what : `${conversion.what} ${purpose}`;
  return [typeEditCandidate(site.text, [conversion.edit], description, `'${op}' needs numbers and one operand is a string`)];
}
