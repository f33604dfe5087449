import { describe, expect, it } from 'vitest';
import { resolveSpecifier, specifierFor, styleOf } from '../../../src/heal/fix/js-modules.ts';

const FILES = new Set(['src/app.ts', 'src/utils.ts', 'src/lib/index.ts', 'src/plain.js', 'src/esm.mts']);

describe('resolveSpecifier', () => {
  it('resolves the way tsc and bundlers do', () => {
    const resolved = ['./utils.js', './utils', './utils.ts', './lib', './plain', './esm.mjs', './missing.js', '../outside.js'].map((s) => resolveSpecifier('src/app.ts', s, FILES));

    expect(resolved).toEqual(['src/utils.ts', 'src/utils.ts', 'src/utils.ts', 'src/lib/index.ts', 'src/plain.js', 'src/esm.mts', null, null]);
  });

  it("resolves only exact file names the way Node's ESM loader does", () => {
    const resolved = ['./plain.js', './plain', './utils.js'].map((s) => resolveSpecifier('src/app.ts', s, FILES, true));

    expect(resolved).toEqual(['src/plain.js', null, null]);
  });
});

describe('specifierFor', () => {
  it('writes the path in each style', () => {
    const paths = (['js', 'source', 'none'] as const).map((style) => specifierFor('src/cli/run.ts', 'src/lib/index.ts', style));

    expect(paths).toEqual(['../lib/index.js', '../lib/index.ts', '../lib']);
  });

  it('tells the style of a written path', () => {
    expect(['./a.js', './a.mjs', './a.ts', './a'].map(styleOf)).toEqual(['js', 'js', 'source', 'none']);
  });
});
