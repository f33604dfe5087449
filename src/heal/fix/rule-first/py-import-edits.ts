// Text edits the Python import fixers share: write a module path the way the statement wrote it
// (relative or absolute), add an import line where imports go, rename a name's uses.
import { nameUses } from '../python-definitions.ts';
import { absoluteModule, packageOf, type PyModuleIndex } from '../python-modules.ts';
import { eolOf, indexLines, lineEndWithEol, lineOf, lineStart, lineText, splice } from '../text-lines.ts';
import type { PyImportStatement } from './py-import-statement.ts';

// The module path to write for `absolute` in `file`: relative with the fewest dots when the
// statement was relative and the target is inside the file's package tree, absolute otherwise.
export function renderModule(index: PyModuleIndex, file: string, relative: boolean, absolute: string): string {
  if (!relative) return absolute;
  const base = packageOf(index, file);
  if (base === null || base === '') return absolute;
  const depth = base.split('.').length;
  for (let level = 1; level <= depth; level++) {
    const anchor = absoluteModule(index, file, level, '');
    if (anchor !== null && absolute.startsWith(`${anchor}.`)) return '.'.repeat(level) + absolute.slice(anchor.length + 1);
    if (anchor === absolute) return '.'.repeat(level);
  }
  return absolute;
}

// The absolute module a from-import refers to, or null when its dots climb out of the repository.
export function statementModule(index: PyModuleIndex, file: string, statement: PyImportStatement): string | null {
  if (statement.module === null) return null;
  if (statement.level === 0) return statement.module;
  return absoluteModule(index, file, statement.level, statement.module);
}

// Inserts a whole line after the line where offset `at` ends, with the given indentation.
export function insertLineAfter(text: string, at: number, line: string): { after: string; line: number } {
  const index = indexLines(text);
  const row = lineOf(index, at);
  const eol = eolOf(text);
  const end = lineEndWithEol(index, row);
  const needsBreak = end === text.length && !text.endsWith('\n') && text.length > 0;
  const after = splice(text, end, end, `${needsBreak ? eol : ''}${line}${needsBreak ? '' : eol}`);
  return { after, line: row + 1 };
}

// Adds a module-level import line: after the last top-level import, else after the docstring,
// else at the top with the blank lines pycodestyle wants before a def or class.
export function addModuleImport(text: string, statements: PyImportStatement[], line: string): { after: string; line: number } {
  const last = statements.filter((s) => s.topLevel).at(-1);
  if (last) return insertLineAfter(text, last.range.end, line);
  const index = indexLines(text);
  const eol = eolOf(text);
  let row = 1;
  const docstring = /^[ \t]*[rRuU]?("""|''')/.exec(lineText(index, 1));
  if (docstring) {
    const close = text.indexOf(docstring[1], lineStart(index, 1) + docstring[0].length);
    if (close >= 0) row = lineOf(index, close) + 1;
  }
  // A shebang, an encoding line or a licence header stays first.
  if (!docstring) while (row <= index.starts.length && /^[ \t]*#/.test(lineText(index, row))) row++;
  const at = lineStart(index, row);
  const rest = text.slice(at);
  const blankLines = (/^(?:[ \t]*\r?\n)*/.exec(rest)?.[0].match(/\n/g) ?? []).length;
  const next = rest.slice(/^(?:[ \t]*\r?\n)*/.exec(rest)?.[0].length ?? 0);
  const want = /^(def |class |async def |@)/.test(next) ? 2 : next === '' ? 0 : 1;
  const blanks = eol.repeat(Math.max(0, want - blankLines));
  const lead = row > 1 && at === text.length && !text.endsWith('\n') ? eol : '';
  return { after: splice(text, at, at, `${lead}${line}${eol}${blanks}`), line: row };
}

// Renames every plain use of a name (not attributes, keyword names or imports) in the text.
export async function renameUses(text: string, from: string, to: string): Promise<string> {
  const uses = await nameUses(text, from);
  let out = text;
  for (const use of [...uses].reverse()) out = splice(out, use.start, use.end, to);
  return out;
}
