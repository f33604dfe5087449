// Python import statements as data (module, relative level, names, and where each sits in the
// text), read from tree-sitter's tree, so import fixers can edit one name or one module path.
import type { Node } from 'web-tree-sitter';
import { parseTree } from '../syntax-tree.ts';
import type { Range } from './import-removal.ts';

export interface PyImportedName {
  /** The dotted name as written ('utils', 'os.path'), whitespace removed. */
  name: string;
  alias: string | null;
  /** The whole item, alias included. */
  item: Range;
  /** Just the name, without its alias. */
  nameRange: Range;
}

export interface PyImportStatement {
  kind: 'import' | 'from';
  range: Range;
  /** 0-based rows of its first and last line. */
  startRow: number;
  endRow: number;
  /** Leading dots of a relative from-import; 0 otherwise. */
  level: number;
  /** The from-import's module without its dots ('' for `from . import x`); null for `import x`. */
  module: string | null;
  /** The from-import's whole module reference, dots included. */
  moduleRange: Range | null;
  names: PyImportedName[];
  wildcard: boolean;
  /** True when the statement is a direct child of the module (not inside a def, class, if or try). */
  topLevel: boolean;
}

// Every import statement of a file, in text order.
export async function pythonImportStatements(text: string): Promise<PyImportStatement[]> {
  const tree = await parseTree(text, 'python');
  try {
    return tree.rootNode
      .descendantsOfType(['import_statement', 'import_from_statement'])
      .filter((n): n is Node => n !== null)
      .map(statementOf);
  } finally {
    tree.delete();
  }
}

// The import statements that span a 1-based line.
export async function importsAtLine(text: string, line: number): Promise<PyImportStatement[]> {
  return (await pythonImportStatements(text)).filter((s) => s.startRow <= line - 1 && s.endRow >= line - 1);
}

function statementOf(node: Node): PyImportStatement {
  const moduleNode = node.childForFieldName('module_name');
  let level = 0;
  let module: string | null = null;
  if (moduleNode) {
    const dots = moduleNode.type === 'relative_import' ? (moduleNode.children.find((c) => c?.type === 'import_prefix')?.text ?? '') : '';
    level = dots.replace(/\s+/g, '').length;
    module = squash(moduleNode.text).slice(level);
  }
  const names = node
    .childrenForFieldName('name')
    .filter((n): n is Node => n !== null)
    .map((item) => {
      const nameNode = item.type === 'aliased_import' ? (item.childForFieldName('name') ?? item) : item;
      return {
        name: squash(nameNode.text),
        alias: item.type === 'aliased_import' ? (item.childForFieldName('alias')?.text ?? null) : null,
        item: { start: item.startIndex, end: item.endIndex },
        nameRange: { start: nameNode.startIndex, end: nameNode.endIndex },
      };
    });
  return {
    kind: node.type === 'import_statement' ? 'import' : 'from',
    range: { start: node.startIndex, end: node.endIndex },
    startRow: node.startPosition.row,
    endRow: node.endPosition.row,
    level,
    module,
    moduleRange: moduleNode ? { start: moduleNode.startIndex, end: moduleNode.endIndex } : null,
    names,
    wildcard: node.children.some((c) => c?.type === 'wildcard_import'),
    topLevel: node.parent?.type === 'module',
  };
}

// The name an imported item binds in the importing module ('os' for `import os.path`).
export function boundName(statement: PyImportStatement, imported: PyImportedName): string {
  if (imported.alias) return imported.alias;
  return statement.kind === 'import' ? imported.name.split('.')[0] : imported.name;
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
