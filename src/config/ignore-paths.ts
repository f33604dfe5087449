// The `ignore:` globs of .github/rift.yml, matched by picomatch: a path is ignored when it or one of
// its parent directories matches, so `vendor` ignores everything below vendor/ too.
import picomatch from 'picomatch';

export type IgnoreMatcher = (path: string) => boolean;

/** A matcher for repository-relative paths (forward slashes); with no globs it ignores nothing. */
export function createIgnoreMatcher(globs: readonly string[]): IgnoreMatcher {
  if (globs.length === 0) return () => false;
  const isMatch = picomatch(globs.map((glob) => glob.replace(/^\.\//, '').replace(/\/$/, '')), { dot: true });
  return (path) => {
    const parts = path.replace(/^\.\//, '').split('/');
    return parts.some((_, i) => isMatch(parts.slice(0, i + 1).join('/')));
  };
}
