// Tools print paths relative to their cwd, relative to the root, absolute, or as file:// URLs;
// failures need one form: repository-relative with forward slashes.
import path from 'node:path';
import type { ParseContext } from './parser.ts';

// Directories of installed third-party code: a failure there is never the repository's to fix.
const VENDORED = new Set(['node_modules', 'site-packages', 'dist-packages', '.venv', 'venv', '__pypackages__', '.tox', '.nox']);

/** Repository-relative path of a tool-printed path; null when outside the repository or in vendored code. */
export function toRepoPath(raw: string, ctx: ParseContext): string | null {
  let p = raw.trim().replace(/^["']|["']$/g, '');
  if (p.startsWith('file://')) p = fileUrlToPath(p);
  if (p === '' || p.startsWith('node:') || p.startsWith('<')) return null;
  p = p.replace(/\\/g, '/');
  const root = toPosix(ctx.repoRoot);
  const abs = path.posix.isAbsolute(p) ? path.posix.normalize(p) : path.posix.join(root, ctx.cwd || '.', p);
  const rel = path.posix.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.posix.isAbsolute(rel)) return null;
  if (rel.split('/').some((part) => VENDORED.has(part))) return null;
  return rel;
}

function fileUrlToPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url.slice('file://'.length);
  }
}

function toPosix(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, '') || '/';
}

const TEST_DIR = /(^|\/)(tests?|__tests__|spec|specs|testing)\//;
const TEST_FILE = /(^|\/)(test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(test|spec)\.[cm]?[jt]sx?)$/;

/** True for test code: decides whether a stack frame is "the test" or "the code under test". */
export function isTestPath(file: string): boolean {
  return TEST_DIR.test(file) || TEST_FILE.test(file);
}
