// What a JavaScript/TypeScript file says about calls, read from its syntax tree: the test blocks of
// a test file (`it('…', () => …)`, `test(…)`, `test.each(…)(…)`, mocha, node:test, ava alike), the
// names each block calls, the module's imports, and the functions and methods it defines with the
// names their bodies call. No code runs: this is what localisation has when no coverage can be had.
import type { Node } from 'web-tree-sitter';

/** A called name: `f()` is { name: 'f', object: null }, `ns.f()` { name: 'f', object: 'ns' }, `new C()` { name: 'C', object: null }. */
export interface CalledName {
  name: string;
  /** The identifier the callee is a property of (`this` included); '' for another expression (`make().f()`); null for none. */
  object: string | null;
}

/** An innermost test block: a call with a title and a function, holding no other such call. */
export interface TestBlock {
  title: string;
  /** 1-based, inclusive. */
  startLine: number;
  endLine: number;
  calls: CalledName[];
}

/** A local name bound by an import or a require of a module path. */
export interface ImportBinding {
  specifier: string;
  /** The exported name, 'default', or '*' for the whole module (namespace import, `require`). */
  imported: string;
}

/** A function, arrow function or method defined in a module. */
export interface Definition {
  name: string;
  /** The class a method belongs to, or null. */
  className: string | null;
  /** The function node (its statements are what may be mutated). */
  node: Node;
  calls: CalledName[];
}

/** `export { a as b } from './x'` (names: exported -> imported) or `export * from './x'` (names: null). */
export interface ReExport {
  specifier: string;
  names: Map<string, string> | null;
}

export interface ModuleFacts {
  imports: Map<string, ImportBinding>;
  definitions: Definition[];
  /** The name `export default` stands for, when it names a definition. */
  defaultExport: string | null;
  reExports: ReExport[];
}

const FUNCTION_TYPES = new Set(['function_declaration', 'generator_function_declaration', 'function_expression', 'function', 'arrow_function', 'generator_function']);
const TITLE_TYPES = new Set(['string', 'template_string']);

/** The innermost test blocks of a test file, in file order. */
export function testBlocks(root: Node): TestBlock[] {
  const blocks: TestBlock[] = [];
  const visit = (node: Node): boolean => {
    let holdsBlock = false;
    for (const child of node.namedChildren) if (child && visit(child)) holdsBlock = true;
    if (holdsBlock || node.type !== 'call_expression') return holdsBlock;
    const args = node.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null) ?? [];
    const body = args.find((a) => FUNCTION_TYPES.has(a.type));
    if (!body || !args[0] || !TITLE_TYPES.has(args[0].type)) return false;
    blocks.push({ title: unquote(args[0].text), startLine: node.startPosition.row + 1, endLine: node.endPosition.row + 1, calls: callsIn(body) });
    return true;
  };
  visit(root);
  return blocks.sort((a, b) => a.startLine - b.startLine);
}

/** The imports, definitions and default export of a module. */
export function moduleFacts(root: Node): ModuleFacts {
  const imports = new Map<string, ImportBinding>();
  const definitions: Definition[] = [];
  const reExports: ReExport[] = [];
  let defaultExport: string | null = null;
  const define = (name: string, className: string | null, node: Node) => definitions.push({ name, className, node, calls: callsIn(node) });

  for (const node of walk(root)) {
    switch (node.type) {
      case 'import_statement':
        readImport(node, imports);
        break;
      case 'variable_declarator': {
        const value = node.childForFieldName('value');
        const name = node.childForFieldName('name');
        if (!value || !name) break;
        if (FUNCTION_TYPES.has(value.type) && name.type === 'identifier') define(name.text, null, value);
        else readRequire(name, value, imports);
        break;
      }
      case 'function_declaration':
      case 'generator_function_declaration': {
        const name = node.childForFieldName('name');
        if (name) define(name.text, null, node);
        break;
      }
      case 'pair': {
        // module.exports = { f: (x) => … }, export default { f: function () {} }
        const key = node.childForFieldName('key');
        const value = node.childForFieldName('value');
        if (key && value && FUNCTION_TYPES.has(value.type)) define(unquote(key.text), null, value);
        break;
      }
      case 'method_definition': {
        const name = node.childForFieldName('name');
        const owner = enclosingClass(node);
        if (name) define(name.text, owner, node);
        break;
      }
      case 'assignment_expression': {
        // exports.f = function () {}, module.exports.f = () => …, Class.prototype.f = …
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const property = left?.type === 'member_expression' ? left.childForFieldName('property') : null;
        if (property && right && FUNCTION_TYPES.has(right.type)) define(property.text, null, right);
        // module.exports = require('./x'): an index file passing a module on
        const required = right ? requiredPath(right) : null;
        if (left?.text === 'module.exports' && required) reExports.push({ specifier: required, names: null });
        break;
      }
      case 'export_statement': {
        const source = node.childForFieldName('source');
        if (source) reExports.push({ specifier: unquote(source.text), names: reExportedNames(node) });
        else if (node.children.some((c) => c?.type === 'default')) defaultExport = defaultName(node) ?? defaultExport;
        break;
      }
    }
  }
  return { imports, definitions, defaultExport, reExports };
}

/** The names called inside a node (its nested functions included). */
export function callsIn(node: Node): CalledName[] {
  const calls: CalledName[] = [];
  for (const n of walk(node)) {
    const callee = n.type === 'call_expression' ? n.childForFieldName('function') : n.type === 'new_expression' ? n.childForFieldName('constructor') : null;
    if (!callee) continue;
    if (callee.type === 'identifier') calls.push({ name: callee.text, object: null });
    else if (callee.type === 'member_expression') {
      const property = callee.childForFieldName('property');
      const object = callee.childForFieldName('object');
      if (property) calls.push({ name: property.text, object: object && (object.type === 'identifier' || object.type === 'this') ? object.text : '' });
    }
  }
  return calls;
}

// import d, { a as b }, * as ns from './x'
function readImport(node: Node, imports: Map<string, ImportBinding>): void {
  const source = node.childForFieldName('source');
  if (!source) return;
  const specifier = unquote(source.text);
  const clause = node.namedChildren.find((c) => c?.type === 'import_clause');
  for (const part of clause?.namedChildren ?? []) {
    if (!part) continue;
    if (part.type === 'identifier') imports.set(part.text, { specifier, imported: 'default' });
    else if (part.type === 'namespace_import') {
      const local = part.namedChildren.find((c) => c?.type === 'identifier');
      if (local) imports.set(local.text, { specifier, imported: '*' });
    } else if (part.type === 'named_imports') {
      for (const spec of part.namedChildren) {
        const name = spec?.childForFieldName('name');
        if (!spec || !name) continue;
        imports.set(spec.childForFieldName('alias')?.text ?? name.text, { specifier, imported: name.text });
      }
    }
  }
}

// const m = require('./x'); const { a, b: c } = require('./x')
function readRequire(name: Node, value: Node, imports: Map<string, ImportBinding>): void {
  const specifier = requiredPath(value);
  if (specifier === null) return;
  if (name.type === 'identifier') {
    imports.set(name.text, { specifier, imported: '*' });
    return;
  }
  if (name.type !== 'object_pattern') return;
  for (const prop of name.namedChildren) {
    if (prop?.type === 'shorthand_property_identifier_pattern') imports.set(prop.text, { specifier, imported: prop.text });
    else if (prop?.type === 'pair_pattern') {
      const key = prop.childForFieldName('key');
      const local = prop.childForFieldName('value');
      if (key && local?.type === 'identifier') imports.set(local.text, { specifier, imported: key.text });
    }
  }
}

// The path of require('./x'), or null for any other expression.
function requiredPath(node: Node): string | null {
  if (node.type !== 'call_expression' || node.childForFieldName('function')?.text !== 'require') return null;
  const arg = node.childForFieldName('arguments')?.namedChildren[0];
  return arg && arg.type === 'string' ? unquote(arg.text) : null;
}

// export { a, b as c } from './x' -> { a: a, c: b }; export * from './x' -> null
function reExportedNames(node: Node): Map<string, string> | null {
  const clause = node.namedChildren.find((c) => c?.type === 'export_clause');
  if (!clause) return null;
  const names = new Map<string, string>();
  for (const spec of clause.namedChildren) {
    const name = spec?.childForFieldName('name');
    if (spec && name) names.set(spec.childForFieldName('alias')?.text ?? name.text, name.text);
  }
  return names;
}

// export default function f() {}, export default class C {}, export default f;
function defaultName(node: Node): string | null {
  const declaration = node.childForFieldName('declaration') ?? node.childForFieldName('value');
  if (!declaration) return null;
  if (declaration.type === 'identifier') return declaration.text;
  return declaration.childForFieldName('name')?.text ?? null;
}

function enclosingClass(node: Node): string | null {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'class_declaration' || n.type === 'class') return n.childForFieldName('name')?.text ?? null;
  }
  return null;
}

// Every named node under `node`, itself first, in document order.
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.namedChildren) if (child) yield* walk(child);
}

function unquote(text: string): string {
  return text.replace(/^['"`]|['"`]$/g, '');
}
