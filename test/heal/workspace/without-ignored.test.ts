import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../../src/config/ignore-paths.ts';
import { withoutIgnored } from '../../../src/heal/workspace/without-ignored.ts';
import type { WorkspaceReader } from '../../../src/heal/types.ts';

describe('withoutIgnored', () => {
  it('lists only the files rift.yml does not ignore, and still reads any file', async () => {
    const workspace: WorkspaceReader = {
      root: '/repo',
      readText: async (file) => `text of ${file}`,
      listFiles: async () => ['src/a.ts', 'tools/typescript/lib/tsc.js', 'vendor/x.js'],
    };

    const view = withoutIgnored(workspace, createIgnoreMatcher(['tools/**', 'vendor']));

    expect(await view.listFiles()).toEqual(['src/a.ts']);
    expect(await view.readText('tools/typescript/lib/tsc.js')).toBe('text of tools/typescript/lib/tsc.js');
  });
});
