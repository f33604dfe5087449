// What a JavaScript/TypeScript module exports, read from tree-sitter's tree: the names it
// declares and exports itself, the name behind its default export, the top-level names it
// declares without exporting, and the modules it re-exports wholesale.
import type { Node } from 'web-tree-sitter';
import { grammarOf, parseTree } from '../syntax-tree.ts';

export interface ModuleExports {
  /** Names this module exports, its own declarations and `export { x }` lists (no `from`). */
  own: Map<string, 'value' | 'type'>;
  /** Names re-exported one by one from another module (`export { x } from './y'`). */
  forwarded: Set<string>;
  hasDefault: boolean;
  /** The declared name of the default export (`export default function main`), when it has one. */
  defaultName: string | null;
  /** Top-level declarations that are not exported: name -> offset where `export ` would go. */
  locals: Map<string, number>;
  /** Paths of `export * from '...'`. */
  starFrom: string[];
}

const DECLARATIONS = new Set([
  'function_declaration',
  'generator_function_declaration',
  'class_declaration',
  'abstract_class_declaration',
  'lexical_declaration',
  'variable_declaration',
  'enum_declaration',
  'interface_declaration',
  'type_alias_declaration',
]);
const TYPE_DECLARATIONS = new Set(['interface_declaration', 'type_alias_declaration']);

// Reads a module's exports; null for files that are not JavaScript/TypeScript.
export async function readExports(file: string, text: string): Promise<ModuleExports | null> {
  const grammar = grammarOf(file);
  if (grammar === null || grammar === 'python') return null;
  const tree = await parseTree(text, grammar);
  const exports: ModuleExports = { own: new Map(), forwarded: new Set(), hasDefault: false, defaultName: null, locals: new Map(), starFrom: [] };
  try {
    for (const statement of named(tree.rootNode)) {
      if (statement.type === 'export_statement') readExportStatement(statement, exports);
      else if (DECLARATIONS.has(statement.type)) {
        for (const name of declaredNames(statement)) exports.locals.set(name, statement.startIndex);
      } else if (statement.type === 'expression_statement') readCommonJs(statement, exports);
    }
    for (const name of [...exports.own.keys(), ...(exports.defaultName ? [exports.defaultName] : [])]) exports.locals.delete(name);
    return exports;
  } finally {
    tree.delete();
  }
}

function readExportStatement(statement: Node, exports: ModuleExports): void {
  const isDefault = statement.children.some((c) => c?.type === 'default');
  const source = statement.childForFieldName('source');
  const declaration = statement.childForFieldName('declaration');
  if (isDefault) {
    exports.hasDefault = true;
    const value = statement.childForFieldName('value');
    exports.defaultName = declaration ? (declaredNames(declaration)[0] ?? null) : value?.type === 'identifier' ? value.text : null;
    return;
  }
  if (declaration) {
    const kind = TYPE_DECLARATIONS.has(declaration.type) ? 'type' : 'value';
    for (const name of declaredNames(declaration)) exports.own.set(name, kind);
    return;
  }
  const clause = named(statement).find((n) => n.type === 'export_clause');
  if (source && !clause) {
    // `export * as ns from` exports one name; `export * from` all of the other module's.
    const namespace = named(statement).find((n) => n.type === 'namespace_export');
    const id = namespace ? named(namespace)[0] : undefined;
    if (id) exports.forwarded.add(id.text);
    else exports.starFrom.push(source.text.slice(1, -1));
    return;
  }
  for (const specifier of clause ? named(clause).filter((n) => n.type === 'export_specifier') : []) {
    const name = specifier.childForFieldName('name')?.text;
    const exported = specifier.childForFieldName('alias')?.text ?? name;
    if (!exported) continue;
    if (exported === 'default') {
      exports.hasDefault = true;
      exports.defaultName = name ?? null;
    } else if (source) exports.forwarded.add(exported);
    else exports.own.set(exported, 'value');
  }
}

// `exports.x = ...`, `module.exports.x = ...` and `module.exports = { x, y }`: the names Node's
// ESM loader sees in a CommonJS module.
function readCommonJs(statement: Node, exports: ModuleExports): void {
  const assignment = named(statement)[0];
  if (assignment?.type !== 'assignment_expression') return;
  const left = assignment.childForFieldName('left')?.text ?? '';
  const right = assignment.childForFieldName('right');
  const property = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
  if (property) {
    exports.own.set(property[1], 'value');
    return;
  }
  if (left !== 'module.exports' || !right) return;
  exports.hasDefault = true;
  if (right.type !== 'object') return;
  for (const entry of named(right)) {
    const key = entry.type === 'shorthand_property_identifier' ? entry : entry.childForFieldName('key') ?? entry.childForFieldName('name');
    if (key && /^[A-Za-z_$][\w$]*$/.test(key.text)) exports.own.set(key.text, 'value');
  }
}

function declaredNames(declaration: Node): string[] {
  const name = declaration.childForFieldName('name');
  if (name) return [name.text];
  // const/let/var: one name per declarator; destructuring patterns bind nothing we can import by.
  return named(declaration)
    .filter((n) => n.type === 'variable_declarator')
    .map((d) => d.childForFieldName('name'))
    .filter((n): n is Node => n !== null && n.type === 'identifier')
    .map((n) => n.text);
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null);
}
