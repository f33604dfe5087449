// Keeps every read and write of RIFT inside the repository: no absolute paths, no `..`, and no
// following a symlink out of it.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Resolves a repository-relative path to an absolute one inside `root`, or returns null when the
 * path is absolute, climbs out with `..`, goes through a symlink, or lands outside the root.
 */
export async function resolveInside(root: string, file: string): Promise<string | null> {
  if (file === '' || path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) return null;
  const absolute = path.resolve(root, file);
  if (!isWithin(root, absolute)) return null;

  // Every existing component must be a plain directory or file: a symlink anywhere could point out.
  let current = root;
  for (const part of path.relative(root, absolute).split(path.sep)) {
    current = path.join(current, part);
    const info = await lstat(current).catch(() => null);
    if (!info) break;
    if (info.isSymbolicLink()) return null;
  }
  const realRoot = await realpath(root);
  const realParent = await realpath(path.dirname(absolute)).catch(() => null);
  if (realParent && !isWithin(realRoot, realParent)) return null;
  return absolute;
}

/** True when `child` is `parent` or below it. */
export function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
