// A name a module does not have (`ImportError: cannot import name 'y' from 'pkg.mod'`, mypy's
// `Module "pkg.mod" has no attribute "y"`): imported from the one module that defines it, or, when
// the name is misspelt, corrected to the one name of that module within a typo or two.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { nearest } from '../edit-distance.ts';
import { indexLines, lineOf, splice } from '../text-lines.ts';
import { listItemRange } from './import-removal.ts';
import { insertLineAfter, renameUses, renderModule, statementModule } from './py-import-edits.ts';
import { exportFromPackage, movedName } from './py-import-moved.ts';
import { pickPythonCandidate } from './py-import-pick.ts';
import { namesOffered, pyResolver, type PyResolver } from './py-import-resolve.ts';
import { importsAtLine, type PyImportedName, type PyImportStatement } from './py-import-statement.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';
import { protectedReason } from '../../verify/protected-paths.ts';

const MISSING_NAME = [/^cannot import name '(\w+)' from '([\w.]+)'/, /^Module "([\w.]+)" has no attribute "(\w+)"/];

// A fixer for names imported from a module that does not offer them.
export function pyImportNameFixer(options: PythonFixerOptions = {}): Fixer {
  return {
    name: 'py-import-name',
    strategy: 'rule_first',
    bugTypes: ['IMPORT'],
    languages: ['python'],
    fix: (failure, workspace) => fixMissingName(failure, workspace, options.python ?? 'python3'),
  };
}

function parse(message: string): { name: string; module: string } | null {
  if (/partially initialized module/.test(message)) return null;
  const python = MISSING_NAME[0].exec(message);
  if (python) return { name: python[1], module: python[2] };
  const mypy = MISSING_NAME[1].exec(message);
  return mypy ? { name: mypy[2], module: mypy[1] } : null;
}

async function fixMissingName(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const wanted = parse(failure.message);
  if (!wanted) return { kind: 'decline', reason: `not a missing-name import message (or a circular import): ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const r = await pyResolver(workspace, python);
  const importing = (await importsAtLine(text, failure.line))
    .filter((s) => s.kind === 'from')
    .flatMap((statement) => statement.names.filter((n) => n.name === wanted.name).map((item) => ({ statement, item })));
  // The tool may name the module from another root ('src.shop.utils'): then the line's only import of the name.
  const found = importing.find((f) => statementModule(r.index, failure.file, f.statement) === wanted.module) ?? (importing.length === 1 ? importing[0] : undefined);
  if (!found) return { kind: 'decline', reason: `no import of '${wanted.name}' from '${wanted.module}' at ${failure.file} line ${failure.line}` };

  // A test's import may not change: the package it imports from is taught to export the name.
  if (protectedReason(failure.file)) {
    return (await exportFromPackage(r, failure.file, statementModule(r.index, failure.file, found.statement) ?? wanted.module, wanted.name)) ?? { kind: 'decline', reason: `${failure.file} may not be edited and no package export would supply '${wanted.name}'` };
  }
  const module = statementModule(r.index, failure.file, found.statement) ?? wanted.module;
  const moved = await movedName(r, failure.file, module, wanted.name);
  if (moved) {
    const written = renderModule(r.index, failure.file, found.statement.level > 0, moved.module);
    const reason = `'${module}' does not offer '${wanted.name}'; '${moved.module}' is the only module that defines it`;
    const candidate = fromOtherModule(text, found.statement, found.item, written, `import '${wanted.name}' from '${written}'`, reason);
    return pickPythonCandidate([candidate], failure.file, text, 0.9, python);
  }
  return misspeltName(r, failure, text, found.statement, found.item, module);
}

// Imports the name from another module: the statement's module is changed when the name is its
// only one, else the name leaves the list and gets its own line below.
function fromOtherModule(text: string, statement: PyImportStatement, item: PyImportedName, module: string, description: string, reason: string): Candidate {
  if (statement.names.length === 1 && statement.moduleRange) {
    const after = splice(text, statement.moduleRange.start, statement.moduleRange.end, module);
    return { after, description, reason, lastTouchedLine: lineOf(indexLines(after), statement.range.start) };
  }
  const index = statement.names.indexOf(item);
  const cut = listItemRange(text, statement.names.map((n) => n.item), index, 'python');
  const without = splice(text, cut.start, cut.end, '');
  const indent = /[ \t]*$/.exec(text.slice(0, statement.range.start))?.[0] ?? '';
  const itemText = text.slice(item.item.start, item.item.end).replace(/\s+/g, ' ');
  const end = statement.range.end - (cut.end - cut.start);
  const { after, line } = insertLineAfter(without, end, `${indent}from ${module} import ${itemText}`);
  return { after, description, reason, lastTouchedLine: line };
}

// The one name of the module within a typo of the imported one; the file's uses follow it when
// they spell it the same wrong way.
async function misspeltName(r: PyResolver, failure: Failure, text: string, statement: PyImportStatement, item: PyImportedName, module: string): Promise<FixResult> {
  const offered = await namesOffered(r, module);
  const close = nearest(item.name, offered);
  if (close.length !== 1) {
    return { kind: 'decline', reason: close.length ? `'${item.name}' is as close to ${close.map((c) => `'${c}'`).join(', ')}` : `'${module}' has no name close to '${item.name}' and no single other module defines it` };
  }
  const name = close[0];
  let after = splice(text, item.nameRange.start, item.nameRange.end, name);
  if (!item.alias) after = await renameUses(after, item.name, name);
  const reason = `'${module}' has no '${item.name}'; '${name}' is its only name that close`;
  const candidate = { after, description: `correct the imported name to '${name}'`, reason, lastTouchedLine: statement.endRow + 1 };
  return pickPythonCandidate([candidate], failure.file, text, 0.85, r.python);
}
