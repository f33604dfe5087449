// The fallback without bubblewrap: no isolation, but the environment is still scrubbed and the
// limits still hold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/heal/sandbox/index.ts';
import { makeWorkspace, runOptions, SECRETS, type TempWorkspace } from './helpers.ts';

describe('sandbox without bubblewrap', () => {
  let sandbox: Sandbox;
  let ws: TempWorkspace;
  const warnings: string[] = [];

  beforeAll(async () => {
    for (const [name, value] of Object.entries(SECRETS)) vi.stubEnv(name, value);
    const logger = { warn: (_fields: unknown, message: string) => warnings.push(message) } as never;
    sandbox = await createSandbox({ env: { ...process.env, ...SECRETS, PATH: process.env.PATH }, prefer: 'none', logger });
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  beforeEach(async () => {
    ws = await makeWorkspace();
  });

  afterEach(async () => {
    await ws.cleanup();
  });

  it('says loudly that it isolates nothing', () => {
    expect(sandbox.kind).toBe('none');
    expect(warnings.some((message) => message.includes('WITHOUT filesystem or network isolation'))).toBe(true);
  });

  it('still scrubs the environment', async () => {
    const result = await sandbox.run('env; echo END', runOptions(ws, { env: { CI: 'true' } }));

    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('CI=true');
    expect(result.output).toContain('END');
    for (const value of Object.values(SECRETS)) expect(result.output).not.toContain(value);
  });

  it('still applies the time limit to the whole process group', async () => {
    const result = await sandbox.run(`(sleep 2; echo late > ${ws.repo}/child-survived) & sleep 30`, runOptions(ws, { timeoutMs: 500 }));
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    expect(result.timedOut).toBe(true);
    expect(existsSync(join(ws.repo, 'child-survived'))).toBe(false);
  });

  it('still caps output and passes exit codes through', async () => {
    const result = await sandbox.run('seq 1 100000; exit 3', runOptions(ws, { outputCapBytes: 1_000 }));

    expect(result.exitCode).toBe(3);
    expect(result.truncated).toBe(true);
    expect(result.output.length).toBeLessThan(1_200);
  });
});
