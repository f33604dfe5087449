// The names Python import statements bind, keyed the way flake8/pyflakes prints them
// ('os.path', 'typing.List', 'json.loads as ld', '.mod.thing'), from tree-sitter's tree.
import type { Node } from 'web-tree-sitter';
import { parseTree } from '../syntax-tree.ts';
import type { Range } from './import-removal.ts';

export interface PyImportBinding {
  /** As pyflakes names it in "'<key>' imported but unused". */
  key: string;
  /** The name the statement binds in the module ('ld', 'List', 'os'). */
  local: string;
  /** How the name is shown in a fix description ('List', 'os.path'). */
  shown: string;
  statement: Range;
  /** This name's item and its siblings in the statement's list. */
  items: Range[];
  index: number;
}

const IMPORT_TYPES = ['import_statement', 'import_from_statement'];

// Every name bound by an import statement that spans the given 1-based line.
export async function pythonImportsAtLine(text: string, line: number): Promise<PyImportBinding[]> {
  const tree = await parseTree(text, 'python');
  try {
    const statements = tree.rootNode
      .descendantsOfType(IMPORT_TYPES)
      .filter((n): n is Node => n !== null && n.startPosition.row <= line - 1 && n.endPosition.row >= line - 1);
    return statements.flatMap(bindingsOf);
  } finally {
    tree.delete();
  }
}

function bindingsOf(statement: Node): PyImportBinding[] {
  const module = statement.childForFieldName('module_name');
  const prefix = module ? squash(module.text) : null;
  const names = statement.childrenForFieldName('name').filter((n): n is Node => n !== null);
  const items = names.map((n) => ({ start: n.startIndex, end: n.endIndex }));
  return names.map((item, index) => {
    const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
    const alias = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text ?? null : null;
    const name = squash(nameNode?.text ?? item.text);
    const full = prefix === null ? name : prefix.endsWith('.') ? prefix + name : `${prefix}.${name}`;
    const local = alias ?? (prefix === null ? name.split('.')[0] : name);
    return {
      key: alias ? `${full} as ${alias}` : full,
      local,
      shown: alias ?? name,
      statement: { start: statement.startIndex, end: statement.endIndex },
      items,
      index,
    };
  });
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
