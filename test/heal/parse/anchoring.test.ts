import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../../src/heal/parse/index.ts';
import { CTX, fixture } from './fixture.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse');

// Fixture folders whose output legitimately holds another tool's format: node:test repeats the
// uncaught error of a test file that failed to load, which is Node's own report, and mocha prints it.
const SHARED: Record<string, string[]> = { 'node-test': ['node'], mocha: ['node'] };

const cases = readdirSync(ROOT).flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).map((file) => ({ dir, name: file.replace(/\.txt$/, '') })),
);

describe('parser anchoring', () => {
  it.each(cases)('only the tools that printed $dir/$name find failures in it', ({ dir, name }) => {
    const output = fixture(dir, name);
    const allowed = [dir, ...(SHARED[dir] ?? [])];

    const fired = PARSERS.filter((p) => p.parse(output, CTX).length > 0).map((p) => p.tool);

    expect(fired.filter((tool) => !allowed.includes(tool))).toEqual([]);
  });
});
