// The edits of one import declaration that fix which name it imports: rename the name, turn a
// named import into the default one or back, take the name from another module. Each returns
// the new text, or null when the declaration's shape does not allow it.
import type { Node } from 'web-tree-sitter';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { eolOf, indexLines, lineEndWithEol, splice } from '../text-lines.ts';
import { cut, listItemRange, type Range } from './import-removal.ts';
import type { ImportedName, ModuleReference } from './ts-import-specifiers.ts';

const IDENTIFIERS = new Set(['identifier', 'type_identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern']);

// Imports `to` instead of `name.imported`; keeps the local name (`to as local`) when the rest of
// the file uses the old name and never the new one, so only the import line changes.
export async function renameImported(file: string, text: string, reference: ModuleReference, name: ImportedName, to: string): Promise<string> {
  if (name.hasAlias) return splice(text, name.nameRange.start, name.nameRange.end, to);
  const keepLocal = (await usedOutside(file, text, name.local, reference.statement)) && !(await usedOutside(file, text, to, reference.statement));
  return splice(text, name.range.start, name.range.end, keepLocal ? `${to} as ${name.local}` : to);
}

// `import { main } from` -> `import main from` (the module's default export is declared `main`).
export function namedToDefault(text: string, reference: ModuleReference, name: ImportedName): string | null {
  if (reference.kind !== 'import' || reference.defaultImport || reference.namespace || !reference.namedImports) return null;
  if (reference.names.length === 1) return splice(text, reference.namedImports.start, reference.namedImports.end, name.local);
  const index = reference.names.indexOf(name);
  const removal = listItemRange(text, reference.names.map((n) => n.range), index, 'js');
  return splice(cut(text, removal), reference.namedImports.start, reference.namedImports.start, `${name.local}, `);
}

// `import main from` -> `import { main } from` (the module exports `main` by name, not as default).
export function defaultToNamed(text: string, reference: ModuleReference): string | null {
  const local = reference.defaultImport;
  if (reference.kind !== 'import' || !local || reference.namespace) return null;
  if (!reference.namedImports) return splice(text, local.range.start, local.range.end, `{ ${local.local} }`);
  // `import main, { a } from` -> `import { main, a } from`: drop `main, `, then open the list with it.
  const open = reference.namedImports.start + 1;
  const withName = splice(text, open, open, ` ${local.local},`);
  return cut(withName, { start: local.range.start, end: reference.namedImports.start });
}

// Takes `name` from `specifier` instead: the whole path when it is the declaration's only name,
// else a declaration of its own on the next line.
export function importFrom(text: string, reference: ModuleReference, name: ImportedName, specifier: string): string {
  const only = reference.names.length === 1 && !reference.defaultImport && !reference.namespace;
  if (only) return splice(text, reference.source.start, reference.source.end, specifier);
  const quote = text[reference.source.start - 1];
  const semicolon = text[reference.statement.end - 1] === ';' ? ';' : '';
  const keyword = reference.kind === 'export' ? 'export' : 'import';
  const type = reference.typeOnly ? ' type' : '';
  const line = `${keyword}${type} { ${text.slice(name.range.start, name.range.end)} } from ${quote}${specifier}${quote}${semicolon}`;
  const index = indexLines(text);
  const insertAt = lineEndWithEol(index, reference.endLine);
  const eol = eolOf(text);
  const prefix = insertAt === text.length && !text.endsWith('\n') ? eol : '';
  const withLine = splice(text, insertAt, insertAt, `${prefix}${line}${eol}`);
  return cut(withLine, listItemRange(withLine, reference.names.map((n) => n.range), reference.names.indexOf(name), 'js'));
}

// True when `name` appears as an identifier anywhere but inside `except`.
async function usedOutside(file: string, text: string, name: string, except: Range): Promise<boolean> {
  const grammar = grammarOf(file);
  if (grammar === null || grammar === 'python') return false;
  const tree = await parseTree(text, grammar);
  try {
    const stack: Node[] = [tree.rootNode];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      const outside = node.startIndex >= except.end || node.endIndex <= except.start;
      if (outside && IDENTIFIERS.has(node.type) && node.text === name) return true;
      for (const child of node.namedChildren) if (child) stack.push(child);
    }
    return false;
  } finally {
    tree.delete();
  }
}
