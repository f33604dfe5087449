// Shared set-up for the sandbox tests: a throw-away workspace and default limits.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxRunOptions } from '../../../src/heal/sandbox/index.ts';

export const SECRETS = {
  GITHUB_TOKEN: 'ghp_testsecretGITHUB0123456789',
  DATABASE_URL: 'postgres://rift:dbsecretPASSWORD@127.0.0.1:5432/rift',
  LLM_API_KEY: 'sk-testsecretLLMKEY0123456789',
  REDIS_URL: 'redis://:redissecretVALUE@127.0.0.1:6379',
  AWS_SECRET_ACCESS_KEY: 'awssecretVALUE0123456789',
};

export interface TempWorkspace {
  /** The parent of the workspace, which must stay read-only inside. */
  parent: string;
  workspace: string;
  repo: string;
  cleanup(): Promise<void>;
}

export async function makeWorkspace(): Promise<TempWorkspace> {
  const parent = await mkdtemp(join(tmpdir(), 'rift-sandbox-test-'));
  const workspace = join(parent, 'ws');
  const repo = join(workspace, 'repo');
  await mkdir(repo, { recursive: true });
  return { parent, workspace, repo, cleanup: () => rm(parent, { recursive: true, force: true }) };
}

export function runOptions(ws: TempWorkspace, overrides: Partial<SandboxRunOptions> = {}): SandboxRunOptions {
  return {
    workspace: ws.workspace,
    cwd: ws.repo,
    network: false,
    timeoutMs: 30_000,
    memoryMb: 2048,
    maxProcesses: 256,
    outputCapBytes: 1_000_000,
    ...overrides,
  };
}
