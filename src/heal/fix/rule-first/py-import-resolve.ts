// Answers the import fixers' questions about one repository: does a module exist, what names does
// it offer, which modules define a name. Repository modules are read from the workspace; the
// standard library and installed packages are asked of the interpreter.
import type { WorkspaceReader } from '../../types.ts';
import { moduleBindings, type ModuleBindings } from '../python-definitions.ts';
import { externalNames, externalSubmodules, importableModules, installedModules, stdlibModules } from '../python-env.ts';
import { childrenOf, indexPythonModules, isPackageFile, type PyModuleIndex } from '../python-modules.ts';
import { isTestPath } from '../../parse/paths.ts';

export interface PyResolver {
  index: PyModuleIndex;
  python: string;
  workspace: WorkspaceReader;
  /** Parsed top-level bindings of repository files, by file. */
  bindings: Map<string, ModuleBindings | null>;
}

// A resolver over the workspace's current files.
export async function pyResolver(workspace: WorkspaceReader, python: string): Promise<PyResolver> {
  return { index: await indexPythonModules(workspace), python, workspace, bindings: new Map() };
}

// The repository file a dotted module name is, or undefined.
export function repoFile(r: PyResolver, module: string): string | undefined {
  return r.index.files.get(module);
}

// True when the repository has this module or package (a directory without __init__.py counts).
export function inRepo(r: PyResolver, module: string): boolean {
  if (r.index.files.has(module)) return true;
  const prefix = `${module}.`;
  for (const name of r.index.files.keys()) if (name.startsWith(prefix)) return true;
  return false;
}

// True when the module can be imported: the repository's own, or one the interpreter finds.
export async function moduleExists(r: PyResolver, module: string): Promise<boolean> {
  if (inRepo(r, module)) return true;
  const top = module.split('.')[0];
  if (inRepo(r, top)) return false;
  return (await importableModules([module], r.python)).has(module);
}

// The top-level bindings of a repository file, parsed once.
export async function fileBindings(r: PyResolver, file: string): Promise<ModuleBindings | null> {
  if (!r.bindings.has(file)) {
    const text = await r.workspace.readText(file);
    r.bindings.set(file, text === null ? null : await moduleBindings(text));
  }
  return r.bindings.get(file) ?? null;
}

// Names `from module import name` can find: the module's bindings and, for a package, its submodules.
export async function namesOffered(r: PyResolver, module: string): Promise<Set<string>> {
  if (inRepo(r, module)) {
    const file = repoFile(r, module);
    const bindings = file ? await fileBindings(r, file) : null;
    const names = new Set([...(bindings?.defined ?? []), ...(bindings?.imported ?? []), ...childrenOf(r.index, module)]);
    return names;
  }
  const [names, subs] = await Promise.all([externalNames(module, r.python), externalSubmodules(module, r.python)]);
  return new Set([...names, ...subs]);
}

// The names that may follow `parent.` in a module path ('' for top-level names): repository
// children, plus the standard library and installed packages at the top level or under their packages.
export async function moduleChildren(r: PyResolver, parent: string): Promise<string[]> {
  if (parent === '') {
    const [stdlib, installed] = await Promise.all([stdlibModules(r.python), installedModules(r.python)]);
    return [...childrenOf(r.index, ''), ...[...stdlib].filter((n) => !n.startsWith('_')), ...installed];
  }
  if (inRepo(r, parent)) return childrenOf(r.index, parent);
  return externalSubmodules(parent, r.python);
}

// Repository modules (not tests, not the excluded files) whose own top-level code defines `name`.
export async function repoDefiners(r: PyResolver, name: string, exclude: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of r.index.sources) {
    if (exclude.includes(file) || isTestPath(file)) continue;
    const bindings = await fileBindings(r, file);
    if (bindings?.defined.has(name)) out.push(file);
  }
  return out;
}

// The dotted name an import in `fromFile` should use for `target`: a sibling in a plain directory
// (a script's folder is on sys.path) by its bare name, anything else by its preferred name.
export function importNameFor(r: PyResolver, fromFile: string, target: string): string | undefined {
  const dir = (f: string): string => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '.');
  const plainDir = !r.index.sources.includes(dir(fromFile) === '.' ? '__init__.py' : `${dir(fromFile)}/__init__.py`);
  if (plainDir && dir(fromFile) === dir(target) && !isPackageFile(target)) return target.slice(target.lastIndexOf('/') + 1).replace(/\.py$/, '');
  return r.index.preferred.get(target);
}

// The current text of a repository file.
export function pyResolverFile(r: PyResolver, file: string): Promise<string | null> {
  return r.workspace.readText(file);
}
