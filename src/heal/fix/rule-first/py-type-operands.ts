// Python TypeErrors and mypy [operator] findings of a str meeting a number at an operator
// ("can only concatenate str (not "int") to str", "'<' not supported between instances of 'str'
// and 'int'", mypy's "Unsupported operand types for + ("str" and "int")"): the operand of the
// wrong type is converted where the operator is.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { guessPyType } from './py-type-guess.ts';
import { isPyConvertible, pyConversion, type PyConvertible } from './py-type-convert.ts';
import { pyCandidate, pyNodesAt, runPyTypeFix, type PyTypeSite } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

interface OperandClash {
  op: string;
  left: string;
  right: string;
}

const MESSAGES: { pattern: RegExp; read: (m: RegExpExecArray) => OperandClash }[] = [
  { pattern: /^can only concatenate str \(not "(\w+)"\) to str$/, read: (m) => ({ op: '+', left: 'str', right: m[1] }) },
  { pattern: /^unsupported operand type\(s\) for (\S+?): '(\w+)' and '(\w+)'$/, read: (m) => ({ op: m[1], left: m[2], right: m[3] }) },
  { pattern: /^'(\S+)' not supported between instances of '(\w+)' and '(\w+)'$/, read: (m) => ({ op: m[1], left: m[2], right: m[3] }) },
  { pattern: /^Unsupported operand types for (\S+) \("(\w+)" and "(\w+)"\)$/, read: (m) => ({ op: m[1], left: m[2], right: m[3] }) },
];

const COMPARISONS = ['<', '<=', '>', '>='];
const OPERATOR_NODES = ['binary_operator', 'comparison_operator', 'augmented_assignment'];

// A fixer for a str and a number meeting at an operator in Python.
export function pyTypeOperandsFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-operands',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixOperands(failure, workspace, python),
  };
}

// Reads the operator and the operand types from a Python or mypy message; null for other messages.
export function readOperandClash(message: string): OperandClash | null {
  for (const { pattern, read } of MESSAGES) {
    const m = pattern.exec(message.trim());
    if (m) return read(m);
  }
  return null;
}

async function fixOperands(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const clash = readOperandClash(failure.message);
  if (!clash) return { kind: 'decline', reason: `not a str/number operator clash: ${failure.message}` };
  const hasStr = clash.left === 'str' || clash.right === 'str';
  const other = clash.left === 'str' ? clash.right : clash.left;
  if (!hasStr || (other !== 'int' && other !== 'float')) {
    return { kind: 'decline', reason: `'${clash.left}' and '${clash.right}' are not a str and a number` };
  }
  return runPyTypeFix(failure, workspace, python, 0.85, (site) => candidatesFor(site, clash));
}

function candidatesFor(site: PyTypeSite, clash: OperandClash): Candidate[] | string {
  const op = COMPARISONS.includes(clash.op) ? clash.op : clash.op.replace(/=$/, '');
  const nodes = pyNodesAt(site, OPERATOR_NODES).filter((n) => operatorOf(n) === op);
  const fitting = nodes.filter((n) => fits(n, clash));
  if (fitting.length === 0) return `no '${clash.op}' between a ${clash.left} and a ${clash.right} at line ${site.failure.line}`;
  // The innermost fitting operator is the one evaluated with these operand types.
  const innermost = fitting.filter((n) => !fitting.some((m) => m.id !== n.id && m.startIndex >= n.startIndex && m.endIndex <= n.endIndex));
  if (innermost.length > 1) return `${innermost.length} '${clash.op}' operators at line ${site.failure.line} fit the message`;
  const node = innermost[0];
  const [left, right] = operands(node);
  const choice = chooseOperand(node, clash, op, left, right);
  if (!choice) return `cannot tell which operand of '${clash.op}' to convert`;
  const conversion = pyConversion(choice.node, choice.from, choice.to);
  if (!conversion) return `no conversion from ${choice.from} to ${choice.to}`;
  const why = `the message names a ${clash.left} ${clash.op} ${clash.right}; the code shows the ${choice.from} operand should be a ${choice.to}`;
  const description = conversion.literal ? conversion.what : `${conversion.what} ${purpose(op, choice.to)}`;
  return [pyCandidate(site.text, [conversion.edit], description, why)];
}

function operatorOf(node: Node): string | null {
  if (node.type === 'comparison_operator') {
    const ops = node.children.filter((c): c is Node => c !== null && !c.isNamed && c.type !== '(' && c.type !== ')');
    return ops.length === 1 ? ops[0].type : null;
  }
  const op = node.childForFieldName('operator')?.text ?? null;
  // `x += y` fails as '+' (mypy) or '+=' (Python): both name the same operator.
  return node.type === 'augmented_assignment' && op ? op.replace(/=$/, '') : op;
}

function operands(node: Node): [Node | null, Node | null] {
  if (node.type === 'comparison_operator') {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    return named.length === 2 ? [named[0], named[1]] : [null, null];
  }
  return [node.childForFieldName('left'), node.childForFieldName('right')];
}

// The node fits when no operand's visible type contradicts the message.
function fits(node: Node, clash: OperandClash): boolean {
  const [left, right] = operands(node);
  if (!left || !right) return false;
  const agrees = (n: Node, type: string): boolean => {
    const seen = guessPyType(n);
    return seen === null || seen === type;
  };
  return agrees(left, clash.left) && agrees(right, clash.right);
}

interface Choice {
  node: Node;
  from: string;
  to: PyConvertible;
}

function chooseOperand(node: Node, clash: OperandClash, op: string, left: Node | null, right: Node | null): Choice | null {
  if (!left || !right) return null;
  const strIsLeft = clash.left === 'str';
  const strNode = strIsLeft ? left : right;
  const numberNode = strIsLeft ? right : left;
  const number = (strIsLeft ? clash.right : clash.left) as PyConvertible;
  if (op === '+' && strIsLeft) return { node: right, from: number, to: 'str' };
  if (op === '+' && isWordLiteral(strNode) && node.type !== 'augmented_assignment') return { node: numberNode, from: number, to: 'str' };
  if (!isPyConvertible(number)) return null;
  return { node: strNode, from: 'str', to: number };
}

// A string literal that is not a number: the text is meant to be text ("items", "n=").
function isWordLiteral(node: Node): boolean {
  return node.type === 'concatenated_string' || (node.type === 'string' && !/^\s*[+-]?[\d.]+\s*$/.test(node.text.replace(/^[a-zA-Z]*(['"]{1,3})([\s\S]*)\1$/, '$2')));
}

function purpose(op: string, to: PyConvertible): string {
  if (to === 'str') return 'before concatenating';
  if (COMPARISONS.includes(op)) return 'before comparing';
  return 'before the arithmetic';
}
