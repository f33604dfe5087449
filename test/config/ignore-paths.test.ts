import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../src/config/ignore-paths.ts';

describe('createIgnoreMatcher', () => {
  it('ignores a matching path and everything below a matching directory', () => {
    const ignored = createIgnoreMatcher(['tools/**', 'vendor', './legacy/', '**/*.generated.py']);

    expect(['tools/typescript/bin/tsc', 'vendor/lib/a.js', 'legacy/old.py', 'src/api.generated.py'].map(ignored)).toEqual([true, true, true, true]);
    expect(['src/tools.py', 'vendored/a.js', 'src/api.py'].map(ignored)).toEqual([false, false, false]);
  });

  it('ignores nothing without globs', () => {
    const ignored = createIgnoreMatcher([]);

    expect(ignored('anything/at/all.py')).toBe(false);
  });
});
