// What the code itself shows about a Python value that may be None: the `.get(key)` lookup it
// came from and the default the file uses for the same lookup elsewhere (or that the called
// function's parameter declares), and the value the function already returns on its empty path.
import type { Node } from 'web-tree-sitter';
import { eolOf } from '../text-lines.ts';
import type { TextEdit } from './ts-type-edits.ts';
import { enclosingPyFunction } from './py-type-tree.ts';

const LOOPS = ['for_statement', 'while_statement'];

// A literal that can stand as a neutral value: a plain string, a number, a bool, an empty collection.
export function isPyNeutralLiteral(node: Node): boolean {
  switch (node.type) {
    case 'string':
      return !node.namedChildren.some((c) => c?.type === 'interpolation');
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
      return true;
    case 'unary_operator':
      return ['integer', 'float'].includes(node.childForFieldName('argument')?.type ?? '');
    case 'list':
    case 'dictionary':
    case 'tuple':
      return node.namedChildren.length === 0;
    default:
      return false;
  }
}

function argumentsOf(call: Node): Node[] {
  return call.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
}

// `receiver.get(key)` with no default: the lookup that gives None when the key is missing.
function isBareGet(node: Node): boolean {
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  const args = argumentsOf(node);
  return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get' && args.length === 1 && !/argument|splat/.test(args[0].type);
}

// The bare `.get(key)` that produced the value: the expression itself, or the one assignment of
// the name in its function (made before the use).
export function lookupOf(value: Node, root: Node): Node | null {
  if (isBareGet(value)) return value;
  if (value.type !== 'identifier') return null;
  const scope = enclosingPyFunction(value);
  const assignments = (scope ?? root)
    .descendantsOfType(['assignment', 'augmented_assignment', 'for_statement', 'named_expression'])
    .filter((a): a is Node => a !== null && enclosingPyFunction(a)?.id === scope?.id)
    .filter((a) => (a.childForFieldName('left') ?? a.childForFieldName('name'))?.text === value.text);
  if (assignments.length !== 1 || assignments[0].type !== 'assignment' || assignments[0].startIndex > value.startIndex) return null;
  const right = assignments[0].childForFieldName('right');
  return right && isBareGet(right) ? right : null;
}

// The one default the file passes to `.get` on the same receiver elsewhere; null when none or several.
export function fileDefaultFor(lookup: Node, root: Node): string | null {
  const receiver = lookup.childForFieldName('function')?.childForFieldName('object')?.text;
  const defaults = new Set<string>();
  for (const call of root.descendantsOfType('call')) {
    const fn = call?.childForFieldName('function');
    if (!call || fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'get') continue;
    const args = argumentsOf(call);
    if (fn.childForFieldName('object')?.text === receiver && args.length === 2 && isPyNeutralLiteral(args[1])) defaults.add(args[1].text);
  }
  return defaults.size === 1 ? [...defaults][0] : null;
}

// The literal default of parameter `position` (1-based) of the one `def callee` in the file.
export function parameterDefault(root: Node, callee: string, position: number): string | null {
  const defs = root.descendantsOfType('function_definition').filter((d): d is Node => d !== null && d.childForFieldName('name')?.text === callee);
  if (defs.length !== 1) return null;
  const params = defs[0].childForFieldName('parameters')?.namedChildren.filter((p): p is Node => p !== null) ?? [];
  const method = defs[0].parent?.parent?.type === 'class_definition';
  const positional = method && ['self', 'cls'].includes(params[0]?.text ?? '') ? params.slice(1) : params;
  const param = positional[position - 1];
  const value = param && /default_parameter$/.test(param.type) ? param.childForFieldName('value') : null;
  return value && isPyNeutralLiteral(value) ? value.text : null;
}

// The edit adding `default` as the lookup's second argument.
export function addGetDefault(lookup: Node, value: string): TextEdit {
  const args = lookup.childForFieldName('arguments');
  const last = argumentsOf(lookup)[0];
  const at = last?.endIndex ?? (args ? args.endIndex - 1 : lookup.endIndex);
  return { start: at, end: at, insert: `, ${value}` };
}

// The guard `if name is None: return V` before the statement using the value, where V is what the
// function already returns on its one kind of empty path (`if not xs: return ""`); else the reason.
export function earlyReturnEdit(value: Node, text: string): { edit: TextEdit; returned: string } | string {
  if (value.type !== 'identifier') return 'the value is not a plain name that a guard can narrow';
  const fn = enclosingPyFunction(value);
  if (!fn) return 'the value is not used inside a function';
  const statement = statementOf(value);
  for (let n = statement?.parent ?? null; n && n.id !== fn.id; n = n.parent) {
    if (LOOPS.includes(n.type)) return 'the value is used inside a loop; returning early would end the loop too';
  }
  const lineStart = statement ? text.lastIndexOf('\n', statement.startIndex - 1) + 1 : -1;
  const indent = statement ? indentBefore(text, statement.startIndex) : '';
  if (!statement || !/^[ \t]*$/.test(indent)) return 'the use does not start its own line';
  const paths = emptyPaths(fn, text);
  const values = new Set(paths.map((p) => p.returned));
  if (values.size !== 1) return `the function has ${values.size === 0 ? 'no' : 'several different'} early returns to copy`;
  const { returned, unit } = paths[0];
  const eol = eolOf(text);
  const insert = `${indent}if ${value.text} is None:${eol}${indent}${unit}return ${returned}${eol}`;
  return { edit: { start: lineStart, end: lineStart, insert }, returned };
}

function statementOf(node: Node): Node | null {
  let n: Node | null = node;
  while (n && n.parent && n.parent.type !== 'block' && n.parent.type !== 'module') n = n.parent;
  return n?.parent ? n : null;
}

// `if ...: return <literal>` with no elif/else, directly in the function's own body.
function emptyPaths(fn: Node, text: string): { returned: string; unit: string }[] {
  const paths: { returned: string; unit: string }[] = [];
  for (const ifs of fn.descendantsOfType('if_statement')) {
    if (!ifs || enclosingPyFunction(ifs)?.id !== fn.id || ifs.childForFieldName('alternative')) continue;
    const body = ifs.childForFieldName('consequence')?.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') ?? [];
    const value = body.length === 1 && body[0].type === 'return_statement' ? body[0].namedChildren.find((c) => c !== null && c.type !== 'comment') : null;
    if (!value || !(isPyNeutralLiteral(value) || value.type === 'none')) continue;
    // The body's extra indentation, so the inserted guard is indented as the file's own are.
    if (body[0].startPosition.row === ifs.startPosition.row) continue;
    const outer = indentBefore(text, ifs.startIndex);
    const inner = indentBefore(text, body[0].startIndex);
    if (!inner.startsWith(outer) || inner.length === outer.length) continue;
    const unit = inner.slice(outer.length);
    paths.push({ returned: value.text, unit });
  }
  return paths;
}

// The text between the line's start and the offset (the indentation when the node starts the line).
function indentBefore(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}
