// The repository's own Python modules and the dotted names they are imported by. A file's name
// is its path below a root: the repository root, `src/`, or the directory holding a top-level
// package (the first directory up from the file without an `__init__.py`, as pytest finds it).
import { posix } from 'node:path';
import type { WorkspaceReader } from '../types.ts';

export interface PyModuleIndex {
  /** Every dotted name a repository module or package can be imported by -> its file. */
  files: Map<string, string>;
  /** Repository .py files (forward slashes). */
  sources: string[];
  /** The name to write in an import of each file, from the deepest root above it. */
  preferred: Map<string, string>;
}

const SKIPPED_DIRS = /(^|\/)(\.git|\.venv|venv|env|node_modules|site-packages|dist-packages|build|dist|__pycache__|\.tox|\.nox|\.eggs|[^/]*\.egg-info)\//;

// Indexes the repository's .py files by every dotted name they can be imported as.
export async function indexPythonModules(workspace: WorkspaceReader): Promise<PyModuleIndex> {
  const sources = (await workspace.listFiles()).filter((f) => f.endsWith('.py') && !SKIPPED_DIRS.test(`/${f}`));
  const packages = new Set(sources.filter((f) => posix.basename(f) === '__init__.py').map((f) => posix.dirname(f)));
  const roots = new Set(['.', ...(sources.some((f) => f.startsWith('src/')) ? ['src'] : [])]);
  for (const dir of packages) roots.add(packageRoot(dir, packages));
  const files = new Map<string, string>();
  const preferred = new Map<string, string>();
  for (const file of sources) {
    const names = [...roots].map((root) => dottedName(file, root)).filter((n): n is string => n !== null);
    for (const name of names) if (!files.has(name)) files.set(name, file);
    // The shortest name comes from the deepest root: `src/shop/x.py` is `shop.x`, not `src.shop.x`.
    const best = names.sort((a, b) => a.split('.').length - b.split('.').length)[0];
    if (best) preferred.set(file, best);
  }
  return { files, sources, preferred };
}

// The directory a package's top-level ancestor lives in: the first one up without `__init__.py`.
function packageRoot(dir: string, packages: Set<string>): string {
  let current = dir;
  while (packages.has(current)) current = posix.dirname(current);
  return current;
}

// Dotted name of a .py file below a root, or null when it is not below it or not importable.
export function dottedName(file: string, root: string): string | null {
  const rel = root === '.' ? file : file.startsWith(`${root}/`) ? file.slice(root.length + 1) : null;
  if (rel === null) return null;
  const parts = rel.replace(/\.py$/, '').split('/');
  if (parts[parts.length - 1] === '__init__') parts.pop();
  if (parts.length === 0 || !parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return null;
  return parts.join('.');
}

// The package a file's relative imports start from ('shop' for shop/x.py and shop/__init__.py).
export function packageOf(index: PyModuleIndex, file: string): string | null {
  const name = index.preferred.get(file);
  if (name === undefined) return null;
  if (posix.basename(file) === '__init__.py') return name;
  const parts = name.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : '';
}

// Absolute module name of a relative import (`..`, `.mod`) made in `file`; null when it climbs out.
export function absoluteModule(index: PyModuleIndex, file: string, level: number, module: string): string | null {
  const base = packageOf(index, file);
  if (base === null) return null;
  const parts = base === '' ? [] : base.split('.');
  if (level - 1 > parts.length) return null;
  const anchor = parts.slice(0, parts.length - (level - 1));
  const full = [...anchor, ...(module ? module.split('.') : [])];
  return full.length ? full.join('.') : null;
}

// The repository's direct children of a package ('' for the top level): modules and subpackages.
export function childrenOf(index: PyModuleIndex, parent: string): string[] {
  const out = new Set<string>();
  for (const name of index.files.keys()) {
    const parts = name.split('.');
    if (parent === '' ? parts.length >= 1 : name.startsWith(`${parent}.`)) {
      const depth = parent === '' ? 0 : parent.split('.').length;
      if (parts.length > depth) out.add(parts[depth]);
    }
  }
  return [...out];
}

// True when a file is a package's __init__.py.
export function isPackageFile(file: string): boolean {
  return posix.basename(file) === '__init__.py';
}
