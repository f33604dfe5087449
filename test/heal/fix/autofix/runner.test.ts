import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxAutofixRunner } from '../../../../src/heal/fix/autofix/runner.ts';
import { createSandbox } from '../../../../src/heal/sandbox/index.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('sandboxAutofixRunner', () => {
  it('runs the command in the repository-relative cwd and returns its stdout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rift-autofix-'));
    dirs.push(dir);
    const target = { dir, root: join(dir, 'repo'), home: join(dir, 'home') };
    await mkdir(join(target.root, 'pkg'), { recursive: true });
    await mkdir(target.home);
    await writeFile(join(target.root, 'pkg/mod.py'), 'x = 1\n');
    const logger = { warn: () => undefined, info: () => undefined, debug: () => undefined } as never;
    const sandbox = await createSandbox({ env: { PATH: process.env.PATH }, prefer: 'none', logger });

    const run = sandboxAutofixRunner(sandbox, target);
    const found = await run("cat 'mod.py' 2>/dev/null", 'pkg');
    const missing = await run('command -v no-such-formatter >/dev/null 2>&1 || exit 127', '.');

    expect(found).toEqual({ exitCode: 0, output: 'x = 1\n', truncated: false });
    expect(missing.exitCode).toBe(127);
  });
});
