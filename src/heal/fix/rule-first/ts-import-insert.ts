// Adding one import to a file in the file's own manner: into the existing `{ ... }` list of the
// same module when there is one, else as a declaration after the last import (quotes and
// semicolons copied from it), else at the top.
import { eolOf, indexLines, lineEndWithEol, lineOf, splice } from '../text-lines.ts';
import type { ModuleReference } from './ts-import-specifiers.ts';

export interface NewImport {
  name: string;
  isDefault: boolean;
  isType: boolean;
  specifier: string;
  /** The file the specifier reaches. */
  module: string;
}

// The text with `wanted` imported; `sameModule` are the file's imports of the same module.
export function addImport(text: string, wanted: NewImport, sameModule: ModuleReference[], all: ModuleReference[]): string {
  const list = sameModule.find((r) => r.namedImports && !r.namespace && (wanted.isType || !r.typeOnly));
  if (list?.namedImports && !wanted.isDefault) {
    const last = list.names[list.names.length - 1];
    if (!last) return splice(text, list.namedImports.start, list.namedImports.end, `{ ${wanted.name} }`);
    return splice(text, last.range.end, last.range.end, `, ${wanted.name}`);
  }
  if (list?.namedImports && wanted.isDefault && !list.defaultImport && !list.typeOnly) {
    return splice(text, list.namedImports.start, list.namedImports.start, `${wanted.name}, `);
  }
  const imports = all.filter((r) => r.kind === 'import' && r.topLevel);
  const previous = imports[imports.length - 1];
  const quote = previous ? text[previous.source.start - 1] : "'";
  const semicolon = previous && text[previous.statement.end - 1] !== ';' ? '' : ';';
  const binding = wanted.isDefault ? wanted.name : `{ ${wanted.name} }`;
  const eol = eolOf(text);
  const line = `import${wanted.isType ? ' type' : ''} ${binding} from ${quote}${wanted.specifier}${quote}${semicolon}`;
  const index = indexLines(text);
  // After the last import, or below a `#!` line, else first.
  const insertAt = previous ? lineEndWithEol(index, previous.endLine) : text.startsWith('#!') ? lineEndWithEol(index, 1) : 0;
  const prefix = insertAt === text.length && text.length > 0 && !text.endsWith('\n') ? eol : '';
  return splice(text, insertAt, insertAt, `${prefix}${line}${eol}`);
}

// The 1-based line (in `after`) of the first character that differs from `before`.
export function firstChangedLine(before: string, after: string): number {
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  return lineOf(indexLines(after), i);
}
