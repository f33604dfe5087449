// A module that cannot be found (`ModuleNotFoundError: No module named 'x'`, mypy's "Cannot find
// implementation or library stub for module named"): a misspelt module, corrected to the one
// module within a typo or two, or a wrong path to a module that exists elsewhere in the repository,
// or a module of the same package under another name (`calc.format` for `calc.formatting`) that
// alone defines every name the import takes.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { nearest } from '../edit-distance.ts';
import { splice } from '../text-lines.ts';
import { renameUses, renderModule, statementModule } from './py-import-edits.ts';
import { pickPythonCandidate } from './py-import-pick.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';
import { inRepo, moduleChildren, moduleExists, namesOffered, pyResolver, repoDefiners, repoFile, type PyResolver } from './py-import-resolve.ts';
import { boundName, importsAtLine, type PyImportStatement } from './py-import-statement.ts';
import type { Range } from './import-removal.ts';

const MISSING = [
  /^No module named '([\w.]+)'/,
  /^Cannot find implementation or library stub for module named "([\w.]+)"/,
  // mypy says so of a module it finds nowhere when PYTHONPATH is set; a truly installed one is refused below.
  /^Skipping analyzing "([\w.]+)": module is installed/,
];

// A fixer for imports of modules that do not exist.
export function pyImportModuleFixer(options: PythonFixerOptions = {}): Fixer {
  return {
    name: 'py-import-module',
    strategy: 'rule_first',
    bugTypes: ['IMPORT'],
    languages: ['python'],
    fix: (failure, workspace) => fixMissingModule(failure, workspace, options.python ?? 'python3'),
  };
}

/** One import of the missing module in the statement: the module path text to change. */
interface Site {
  statement: PyImportStatement;
  /** The module path as the statement means it, absolute. */
  module: string;
  range: Range;
  relative: boolean;
  /** The part of `module` that is missing, in the repository's own naming. */
  missing: string;
  /** For `import a.b`: the name it binds; renamed with the module when the code uses it. */
  binds: string | null;
}

async function fixMissingModule(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const missing = MISSING.map((re) => re.exec(failure.message)?.[1]).find((m) => m !== undefined);
  if (!missing) return { kind: 'decline', reason: `not a missing-module message: ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const r = await pyResolver(workspace, python);
  if (await moduleExists(r, missing)) return { kind: 'decline', reason: `'${missing}' exists: the import needs its dependencies or stubs, not a new name` };
  const site = siteOf(r, failure.file, await importsAtLine(text, failure.line), missing);
  if (!site) return { kind: 'decline', reason: `no import of '${missing}' at ${failure.file} line ${failure.line}` };
  const names = site.statement.kind === 'from' && !site.statement.wildcard ? site.statement.names.map((n) => n.name) : [];

  const replacement =
    (await misspelt(r, site.module, site.missing, names)) ??
    (await movedModule(r, failure.file, site.module, names)) ??
    (await renamedSibling(r, failure.file, site.module, site.missing, names));
  if (!replacement) return { kind: 'decline', reason: `no single module near '${missing}' offers what the import needs` };
  const written = renderModule(r.index, failure.file, site.relative, replacement.module);
  let after = splice(text, site.range.start, site.range.end, written);
  if (site.binds !== null) {
    const bound = written.split('.')[0];
    // `import jsno` used as `jsno.x`: the code means the same module under the corrected name.
    if (bound !== site.binds) after = await renameUses(after, site.binds, bound);
  }
  const description = replacement.kind === 'typo' ? `correct the module name to '${written}'` : `correct the import path to '${written}'`;
  const reason = replacement.kind === 'typo'
    ? `'${missing}' does not exist; '${replacement.module}' is the only module that close to it${names.length ? ` offering ${names.join(', ')}` : ''}`
    : `'${site.module}' does not exist; '${replacement.module}' is the only module of that name${names.length ? ` offering ${names.join(', ')}` : ''}`;
  return pickPythonCandidate([{ after, description, reason, lastTouchedLine: failure.line }], failure.file, text, 0.9, python);
}

function siteOf(r: PyResolver, file: string, statements: PyImportStatement[], missing: string): Site | null {
  for (const statement of statements) {
    if (statement.kind === 'from') {
      const module = statementModule(r.index, file, statement);
      const prefix = module === null ? null : missingPrefix(module, missing);
      if (module && prefix && statement.moduleRange) {
        // `from .mod import x`: the dots stay, only the module part after them is rewritten.
        return { statement, module, range: statement.moduleRange, relative: statement.level > 0, missing: prefix, binds: null };
      }
    } else {
      const imported = statement.names.find((n) => n.name === missing || n.name.startsWith(`${missing}.`));
      if (imported) {
        const binds = imported.alias ? null : boundName(statement, imported);
        return { statement, module: imported.name, range: imported.nameRange, relative: false, missing, binds };
      }
    }
  }
  return null;
}

// The leading part of `module` that the tool reported missing. The tool may name it from another
// root than the repository's preferred one ('src.shop.utilz' for 'shop.utilz'), so either may
// end the other.
function missingPrefix(module: string, missing: string): string | null {
  const parts = module.split('.');
  for (let k = 1; k <= parts.length; k++) {
    const prefix = parts.slice(0, k).join('.');
    if (prefix === missing || missing.endsWith(`.${prefix}`) || prefix.endsWith(`.${missing}`)) return prefix;
  }
  return null;
}

interface Replacement {
  kind: 'typo' | 'moved';
  module: string;
}

// The one module a typo away: the first missing part of the path corrected among the names that
// may stand there, preferring those that offer every imported name; null unless exactly one wins.
async function misspelt(r: PyResolver, module: string, missing: string, names: string[]): Promise<Replacement | null> {
  const parts = missing.split('.');
  const parent = parts.slice(0, -1).join('.');
  const wrong = parts[parts.length - 1];
  const rest = module.slice(missing.length);
  const close = nearest(wrong, await moduleChildren(r, parent));
  const existing: string[] = [];
  for (const candidate of close) {
    const full = `${parent ? `${parent}.` : ''}${candidate}${rest}`;
    if (await moduleExists(r, full)) existing.push(full);
  }
  const chosen = await bestOffering(r, existing, names);
  return chosen ? { kind: 'typo', module: chosen } : null;
}

// The one other repository module with the missing module's own name (or its last part within a
// typo) that offers every imported name: the import's path was wrong, not the module's name.
async function movedModule(r: PyResolver, file: string, module: string, names: string[]): Promise<Replacement | null> {
  const last = module.split('.').at(-1)!;
  const all = [...r.index.files.keys()].filter((m) => repoFile(r, m) !== file);
  const same = [...new Set(all.filter((m) => m.split('.').at(-1) === last).map((m) => r.index.preferred.get(repoFile(r, m)!)!))];
  const candidates = same.length ? same : [];
  const chosen = await bestOffering(r, candidates, names);
  return chosen && chosen !== module ? { kind: 'moved', module: chosen } : null;
}

// The one other module of the missing module's package whose own code defines every imported name:
// the module was named differently (`format` for `formatting`, `util` for `helpers`). Names it only
// imports do not count: the broken import's own file would offer them too.
async function renamedSibling(r: PyResolver, file: string, module: string, missing: string, names: string[]): Promise<Replacement | null> {
  if (names.length === 0 || module !== missing) return null;
  const parent = missing.split('.').slice(0, -1).join('.');
  if (parent !== '' && !inRepo(r, parent)) return null;
  const definersOf: Array<Set<string>> = [];
  for (const name of names) {
    definersOf.push(new Set((await repoDefiners(r, name, [file])).map((f) => r.index.preferred.get(f)).filter((m): m is string => m !== undefined)));
  }
  const siblings = [...definersOf[0]].filter((m) => definersOf.every((d) => d.has(m)) && m.split('.').slice(0, -1).join('.') === parent);
  return siblings.length === 1 ? { kind: 'typo', module: siblings[0] } : null;
}

// Of several modules, the single one that offers every name; with no names, the single module.
async function bestOffering(r: PyResolver, modules: string[], names: string[]): Promise<string | null> {
  if (modules.length === 0) return null;
  if (names.length === 0) return modules.length === 1 ? modules[0] : null;
  const offering: string[] = [];
  for (const m of modules) {
    const offered = await namesOffered(r, m);
    if (names.every((n) => offered.has(n))) offering.push(m);
  }
  if (offering.length === 1) return offering[0];
  // Nothing offers the names (they may be wrong too): a single candidate is still the module meant.
  if (offering.length === 0 && modules.length === 1 && !inRepo(r, modules[0])) return modules[0];
  return null;
}
