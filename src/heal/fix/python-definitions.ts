// What a Python module binds at its top level (what `from mod import name` can find there), and
// where a name is used, from tree-sitter's tree.
import type { Node } from 'web-tree-sitter';
import { parseTree } from './syntax-tree.ts';

export interface ModuleBindings {
  /** Names the module itself defines: def, class, assignment. */
  defined: Set<string>;
  /** Names its import statements bind (re-exports). */
  imported: Set<string>;
}

// Blocks whose bindings still land in the module's namespace.
const MODULE_LEVEL_BLOCKS = new Set(['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause', 'finally_clause', 'block']);

// The names a module binds at its top level, split into its own definitions and its imports.
export async function moduleBindings(text: string): Promise<ModuleBindings> {
  const tree = await parseTree(text, 'python');
  try {
    const out: ModuleBindings = { defined: new Set(), imported: new Set() };
    collect(tree.rootNode, out);
    return out;
  } finally {
    tree.delete();
  }
}

function collect(node: Node, out: ModuleBindings): void {
  for (const child of node.namedChildren) {
    if (!child) continue;
    const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (definition && (definition.type === 'function_definition' || definition.type === 'class_definition')) {
      const name = definition.childForFieldName('name')?.text;
      if (name) out.defined.add(name);
    } else if (child.type === 'expression_statement') {
      for (const assignment of child.namedChildren) {
        if (assignment?.type === 'assignment') targets(assignment.childForFieldName('left'), out.defined);
      }
    } else if (child.type === 'import_statement' || child.type === 'import_from_statement') {
      imports(child, out.imported);
    } else if (MODULE_LEVEL_BLOCKS.has(child.type)) {
      collect(child, out);
    }
  }
}

function targets(node: Node | null, into: Set<string>): void {
  if (!node) return;
  if (node.type === 'identifier') into.add(node.text);
  else if (['pattern_list', 'tuple_pattern', 'list_pattern'].includes(node.type)) for (const c of node.namedChildren) targets(c, into);
}

function imports(statement: Node, into: Set<string>): void {
  const plain = statement.type === 'import_statement';
  for (const item of statement.childrenForFieldName('name')) {
    if (!item) continue;
    const alias = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text : undefined;
    const name = (item.type === 'aliased_import' ? item.childForFieldName('name')?.text : item.text) ?? '';
    into.add(alias ?? (plain ? name.split('.')[0] : name).trim());
  }
}

export interface NameUse {
  start: number;
  end: number;
  /** 0-based row. */
  row: number;
}

// Where an identifier is read or bound as a plain name: not an attribute after a dot, not a
// keyword argument's name, not inside an import statement.
export async function nameUses(text: string, name: string): Promise<NameUse[]> {
  const tree = await parseTree(text, 'python');
  try {
    return tree.rootNode
      .descendantsOfType('identifier')
      .filter((n): n is Node => n !== null && n.text === name && isPlainName(n))
      .map((n) => ({ start: n.startIndex, end: n.endIndex, row: n.startPosition.row }));
  } finally {
    tree.delete();
  }
}

function isPlainName(node: Node): boolean {
  const parent = node.parent;
  if (!parent) return true;
  if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.equals(node)) return false;
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.equals(node)) return false;
  for (let p: Node | null = parent; p; p = p.parent) {
    if (p.type === 'import_statement' || p.type === 'import_from_statement') return false;
  }
  return true;
}
