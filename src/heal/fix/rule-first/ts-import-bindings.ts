// The local names TypeScript/JavaScript import declarations bind, each with the range that
// removes just it, from tree-sitter's tree. Side-effect imports (`import './x'`) bind nothing.
import type { Node } from 'web-tree-sitter';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { listItemRange, type Range } from './import-removal.ts';

export interface TsImportBinding {
  local: string;
  statement: Range;
  /** What removes only this name; null when it is the declaration's only name. */
  removal: Range | null;
}

export interface TsImportStatement {
  range: Range;
  bindings: TsImportBinding[];
}

// Import declarations that span the given 1-based line, with the names they bind.
export async function tsImportsAtLine(file: string, text: string, line: number): Promise<TsImportStatement[]> {
  const grammar = grammarOf(file);
  if (grammar === null || grammar === 'python') return [];
  const tree = await parseTree(text, grammar);
  try {
    return tree.rootNode
      .descendantsOfType('import_statement')
      .filter((n): n is Node => n !== null && n.startPosition.row <= line - 1 && n.endPosition.row >= line - 1)
      .map((n) => ({ range: rangeOf(n), bindings: bindingsOf(text, n) }));
  } finally {
    tree.delete();
  }
}

function bindingsOf(text: string, statement: Node): TsImportBinding[] {
  const range = rangeOf(statement);
  const required = named(statement).find((n) => n.type === 'import_require_clause');
  if (required) {
    const id = named(required).find((n) => n.type === 'identifier');
    return id ? [{ local: id.text, statement: range, removal: null }] : [];
  }
  const clause = named(statement).find((n) => n.type === 'import_clause');
  if (!clause) return [];
  const parts = named(clause);
  const defaultId = parts.find((n) => n.type === 'identifier');
  const namespace = parts.find((n) => n.type === 'namespace_import');
  const namedImports = parts.find((n) => n.type === 'named_imports');
  const specifiers = namedImports ? named(namedImports).filter((n) => n.type === 'import_specifier') : [];
  const total = (defaultId ? 1 : 0) + (namespace ? 1 : 0) + specifiers.length;
  const only = total === 1;
  const bindings: TsImportBinding[] = [];
  if (defaultId) {
    const next = namespace ?? namedImports;
    bindings.push({ local: defaultId.text, statement: range, removal: only || !next ? null : { start: defaultId.startIndex, end: next.startIndex } });
  }
  if (namespace) {
    const id = named(namespace).find((n) => n.type === 'identifier');
    const removal = only || !defaultId ? null : { start: defaultId.endIndex, end: namespace.endIndex };
    if (id) bindings.push({ local: id.text, statement: range, removal });
  }
  const items = specifiers.map(rangeOf);
  specifiers.forEach((specifier, index) => {
    const local = (specifier.childForFieldName('alias') ?? specifier.childForFieldName('name'))?.text;
    if (!local) return;
    let removal: Range | null = null;
    if (!only && specifiers.length > 1) removal = listItemRange(text, items, index, 'js');
    else if (!only && defaultId && namedImports) removal = { start: defaultId.endIndex, end: namedImports.endIndex };
    bindings.push({ local, statement: range, removal });
  });
  return bindings;
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null);
}

function rangeOf(node: Node): Range {
  return { start: node.startIndex, end: node.endIndex };
}
