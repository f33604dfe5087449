// The packages of a repository (a monorepo has several): directories with a Python or a Node
// manifest, found by a depth-limited walk that skips dependencies and build output.
import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { createIgnoreMatcher } from '../../config/ignore-paths.ts';

const SKIP_DIRS = new Set([
  'node_modules', '.git', '.hg', '.svn', 'venv', '.venv', 'env', '.env', 'dist', 'build', '__pycache__', '.tox', '.nox',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', 'coverage', 'site-packages', '.next', '.cache', '.idea', '.vscode', 'out', 'target',
]);
const PYTHON_MANIFESTS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'];
const MAX_DEPTH = 6;
const MAX_FILES = 50_000;

export interface RepoTree {
  /** Repository-relative file paths, forward slashes. */
  files: string[];
  pythonPackages: string[];
  nodePackages: string[];
}

const dirOf = (file: string): string => posix.dirname(file);
const isUnder = (path: string, dir: string): boolean => dir === '.' || path === dir || path.startsWith(`${dir}/`);

/** Python test files by pytest's default naming. */
export const isPythonTestFile = (file: string): boolean => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(file);

/** Walks the repository and lists its packages; `ignore` globs (rift.yml) are left out. */
export async function findPackages(repoRoot: string, ignore: string[]): Promise<RepoTree> {
  const files: string[] = [];
  const ignored = createIgnoreMatcher(ignore);
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || files.length >= MAX_FILES) return;
    let entries;
    try {
      entries = await readdir(join(repoRoot, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = rel === '.' ? entry.name : `${rel}/${entry.name}`;
      if (ignored(path)) continue;
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info')) await walk(path, depth + 1);
      else if (entry.isFile()) files.push(path);
    }
  };
  await walk('.', 0);

  const nodePackages = files.filter((f) => posix.basename(f) === 'package.json').map(dirOf);
  let python = [...new Set(files.filter((f) => PYTHON_MANIFESTS.includes(posix.basename(f))).map(dirOf))];
  if (python.length === 0 && files.some((f) => f.endsWith('.py'))) python = ['.'];
  // A package inside another is covered by it: pytest and flake8 run from the outer one recurse.
  const pythonPackages = python.filter((dir) => !python.some((other) => other !== dir && isUnder(dir, other)));
  return { files, pythonPackages: pythonPackages.sort(), nodePackages: nodePackages.sort() };
}

/** The files of a package, without those of packages nested inside it. */
export function filesOf(tree: RepoTree, dir: string, nested: string[]): string[] {
  const inner = nested.filter((other) => other !== dir && isUnder(other, dir));
  return tree.files.filter((f) => isUnder(f, dir) && !inner.some((other) => isUnder(f, other)));
}
