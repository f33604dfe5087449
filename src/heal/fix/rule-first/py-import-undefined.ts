// An undefined name that an import supplies (NameError, flake8 F821, mypy name-defined): the file
// imports it only further down (the import moves up), or exactly one module of the repository,
// else of the standard library, defines it (the import is added). Anything less certain declines.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { moduleBindings } from '../python-definitions.ts';
import { importableModules, installedModules, isToolModule, stdlibDefinitions, stdlibModules } from '../python-env.ts';
import { childrenOf } from '../python-modules.ts';
import { indexLines, lineOf, splice } from '../text-lines.ts';
import { statementRange } from './import-removal.ts';
import { addModuleImport, statementModule } from './py-import-edits.ts';
import { pickPythonCandidate } from './py-import-pick.ts';
import { importNameFor, pyResolver, repoDefiners, type PyResolver } from './py-import-resolve.ts';
import { boundName, pythonImportStatements, type PyImportStatement } from './py-import-statement.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const UNDEFINED = [/^name '(\w+)' is not defined/, /^undefined name '(\w+)'/, /^Name "(\w+)" is not defined/];

// typing's aliases of concrete classes (typing.OrderedDict) defer to the module of the class itself.
const ALIAS_MODULES = ['typing', 'typing_extensions'];

// A fixer for names used without their import.
export function pyImportUndefinedFixer(options: PythonFixerOptions = {}): Fixer {
  return {
    name: 'py-import-undefined',
    strategy: 'rule_first',
    bugTypes: ['IMPORT', 'LINTING'],
    languages: ['python'],
    fix: (failure, workspace) => fixUndefined(failure, workspace, options.python ?? 'python3'),
  };
}

interface Source {
  module: string;
  /** True for `import module` (the name is the module), false for `from module import name`. */
  whole: boolean;
  why: string;
}

async function fixUndefined(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const name = UNDEFINED.map((re) => re.exec(failure.message)?.[1]).find((m) => m !== undefined);
  if (!name) return { kind: 'decline', reason: `not an undefined-name message: ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  if ((await moduleBindings(text)).defined.has(name)) return { kind: 'decline', reason: `${failure.file} defines '${name}' itself: not an import problem` };
  const statements = await pythonImportStatements(text);
  const late = statements.find((s) => s.topLevel && s.startRow > failure.line - 1 && s.names.some((n) => boundName(s, n) === name));
  if (late) return moveUp(failure, text, statements, late, name, python);
  if (statements.some((s) => s.topLevel && s.names.some((n) => boundName(s, n) === name))) {
    return { kind: 'decline', reason: `'${name}' is imported before line ${failure.line}: the import is not what is missing` };
  }

  const r = await pyResolver(workspace, python);
  const source = await sourceOf(r, failure.file, name);
  if ('decline' in source) return { kind: 'decline', reason: source.decline };
  const line = source.whole ? `import ${name}` : `from ${source.module} import ${name}`;
  const candidate = joinExisting(r, failure.file, text, statements, source, name) ?? newLine(text, statements, line);
  return pickPythonCandidate([{ ...candidate, description: `add the missing import '${line}'`, reason: source.why }], failure.file, text, 0.85, python);
}

// Where the name comes from: one repository definition, a repository or standard-library module of
// that name, one standard-library definition, or an installed package of that name.
async function sourceOf(r: PyResolver, file: string, name: string): Promise<Source | { decline: string }> {
  const definers = await repoDefiners(r, name, [file]);
  if (definers.length > 1) return { decline: `'${name}' is defined in ${definers.length} modules (${definers.join(', ')}): which one is meant is not clear` };
  if (definers.length === 1) {
    const module = importNameFor(r, file, definers[0]);
    if (module) return { module, whole: false, why: `'${name}' is defined only in ${definers[0]}` };
  }
  if (childrenOf(r.index, '').includes(name) && r.index.preferred.get(file) !== name) return { module: name, whole: true, why: `'${name}' is a module of the repository` };
  if ((await stdlibModules(r.python)).has(name) && !name.startsWith('_') && !isToolModule(name)) {
    return { module: name, whole: true, why: `'${name}' is a standard-library module` };
  }
  const defined = (await stdlibDefinitions(r.python)).get(name) ?? [];
  const concrete = defined.filter((m) => !ALIAS_MODULES.includes(m));
  const modules = concrete.length > 0 ? concrete : defined;
  if (modules.length === 1) return { module: modules[0], whole: false, why: `'${name}' is defined only in the standard library's ${modules[0]}` };
  if (modules.length > 1) return { decline: `'${name}' is defined in several standard-library modules (${modules.join(', ')})` };
  if ((await installedModules(r.python)).has(name) && (await importableModules([name], r.python)).has(name)) {
    return { module: name, whole: true, why: `'${name}' is an installed package` };
  }
  return { decline: `no module of the repository or the standard library defines '${name}'` };
}

type Edit = Omit<Candidate, 'description' | 'reason'>;

// Adds the name to a top-level `from module import ...` the file already has.
function joinExisting(r: PyResolver, file: string, text: string, statements: PyImportStatement[], source: Source, name: string): Edit | null {
  if (source.whole) return null;
  const existing = statements.find((s) => s.topLevel && s.kind === 'from' && !s.wildcard && s.names.length > 0 && statementModule(r.index, file, s) === source.module);
  if (!existing) return null;
  const lastItem = existing.names[existing.names.length - 1].item;
  const after = splice(text, lastItem.end, lastItem.end, `, ${name}`);
  return { after, lastTouchedLine: lineOf(indexLines(after), lastItem.end) };
}

function newLine(text: string, statements: PyImportStatement[], line: string): Edit {
  const { after, line: at } = addModuleImport(text, statements, line);
  return { after, lastTouchedLine: at };
}

// The import sits below the first use: it moves up to the imports above that use (or the top).
function moveUp(failure: Failure, text: string, statements: PyImportStatement[], late: PyImportStatement, name: string, python: string): Promise<FixResult> {
  const range = statementRange(text, late.range, 'python');
  const statementText = text.slice(late.range.start, late.range.end);
  let without = splice(text, range.start, range.end, '');
  // The import was the file's last line: the blank lines above it would now end the file (W391).
  if (range.end >= text.trimEnd().length) without = without.replace(/(\r?\n)\s*$/, '$1');
  const earlier = statements.filter((s) => s.topLevel && s.endRow < failure.line - 1);
  const { after, line } = addModuleImport(without, earlier, statementText);
  const candidate: Candidate = {
    after,
    description: `move the import of '${name}' above its first use`,
    reason: `'${name}' is imported at line ${late.startRow + 1}, after its use at line ${failure.line}`,
    lastTouchedLine: line,
  };
  return pickPythonCandidate([candidate], failure.file, text, 0.85, python);
}
