// Every place a JavaScript/TypeScript file names another module (import and export-from
// declarations, require() and import() calls), with the ranges an import fix edits: the path
// inside its quotes, the default name, the `{ ... }` list and each imported name.
import type { Node } from 'web-tree-sitter';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import type { Range } from './import-removal.ts';

export interface ImportedName {
  /** The name the other module exports. */
  imported: string;
  /** The name this file binds (the alias when there is one). */
  local: string;
  /** The whole specifier, `a as b`. */
  range: Range;
  /** The exported name alone. */
  nameRange: Range;
  hasAlias: boolean;
}

export interface ModuleReference {
  kind: 'import' | 'export' | 'call';
  statement: Range;
  /** 1-based lines the statement spans. */
  line: number;
  endLine: number;
  specifier: string;
  /** The path between its quotes. */
  source: Range;
  typeOnly: boolean;
  defaultImport: { local: string; range: Range } | null;
  namespace: boolean;
  /** The `{ ... }` list, braces included; null when there is none. */
  namedImports: Range | null;
  names: ImportedName[];
  /** True for a declaration at the top level of the file (not a call inside code). */
  topLevel: boolean;
}

// The module references of a file, in text order; empty for files tree-sitter cannot parse as JS/TS.
export async function moduleReferences(file: string, text: string): Promise<ModuleReference[]> {
  const grammar = grammarOf(file);
  if (grammar === null || grammar === 'python') return [];
  const tree = await parseTree(text, grammar);
  try {
    const root = tree.rootNode;
    const declarations = [...root.descendantsOfType('import_statement'), ...root.descendantsOfType('export_statement')]
      .filter((n): n is Node => n !== null)
      .map(declarationReference)
      .filter((r): r is ModuleReference => r !== null);
    const calls = root
      .descendantsOfType('call_expression')
      .filter((n): n is Node => n !== null)
      .map(callReference)
      .filter((r): r is ModuleReference => r !== null);
    return [...declarations, ...calls].sort((a, b) => a.statement.start - b.statement.start);
  } finally {
    tree.delete();
  }
}

function declarationReference(statement: Node): ModuleReference | null {
  const source = statement.childForFieldName('source');
  if (!source) return null;
  const reference = base(statement, source, statement.type === 'import_statement' ? 'import' : 'export');
  if (!reference) return null;
  reference.typeOnly = statement.children.some((c) => c?.type === 'type');
  reference.topLevel = statement.parent?.type === 'program';
  const clause = named(statement).find((n) => n.type === 'import_clause' || n.type === 'export_clause');
  if (!clause) return reference;
  if (clause.type === 'export_clause') {
    reference.namedImports = rangeOf(clause);
    reference.names = named(clause).filter((n) => n.type === 'export_specifier').map(importedName).filter((n) => n !== null);
    return reference;
  }
  for (const part of named(clause)) {
    if (part.type === 'identifier') reference.defaultImport = { local: part.text, range: rangeOf(part) };
    if (part.type === 'namespace_import') reference.namespace = true;
    if (part.type === 'named_imports') {
      reference.namedImports = rangeOf(part);
      reference.names = named(part).filter((n) => n.type === 'import_specifier').map(importedName).filter((n) => n !== null);
    }
  }
  return reference;
}

// `require('./x')` and `import('./x')` with one plain string argument.
function callReference(call: Node): ModuleReference | null {
  const callee = call.childForFieldName('function');
  const args = call.childForFieldName('arguments');
  if (!callee || !args || !(callee.type === 'import' || (callee.type === 'identifier' && callee.text === 'require'))) return null;
  const list = named(args);
  if (list.length !== 1 || list[0].type !== 'string') return null;
  return base(call, list[0], 'call');
}

function base(statement: Node, source: Node, kind: ModuleReference['kind']): ModuleReference | null {
  // A string node's text includes its quotes; the path is what lies between them.
  if (source.text.length < 2) return null;
  const range = { start: source.startIndex + 1, end: source.endIndex - 1 };
  return {
    kind,
    statement: rangeOf(statement),
    line: statement.startPosition.row + 1,
    endLine: statement.endPosition.row + 1,
    specifier: source.text.slice(1, -1),
    source: range,
    typeOnly: false,
    defaultImport: null,
    namespace: false,
    namedImports: null,
    names: [],
    topLevel: false,
  };
}

function importedName(specifier: Node): ImportedName | null {
  const name = specifier.childForFieldName('name');
  if (!name) return null;
  const alias = specifier.childForFieldName('alias');
  // A quoted name (`import { "a-b" as c }`) is exported under the text between its quotes.
  const imported = name.type === 'string' ? name.text.slice(1, -1) : name.text;
  return { imported, local: alias?.text ?? imported, range: rangeOf(specifier), nameRange: rangeOf(name), hasAlias: alias !== null };
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null);
}

function rangeOf(node: Node): Range {
  return { start: node.startIndex, end: node.endIndex };
}
