// Test support for LOGIC localisation and repair: a repository in a real run workspace, its check run
// for real in the real sandbox, and the LogicRunner the pipeline would hand to LOGIC repair.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sandboxLogicRunner, type LogicRunner } from '../../src/heal/fix/logic/logic-runner.ts';
import { runCheck } from '../../src/heal/run/run-check.ts';
import { createSandbox, type Sandbox } from '../../src/heal/sandbox/index.ts';
import type { Check, CheckResult, Failure, ToolName } from '../../src/heal/types.ts';
import { resolveSource } from '../../src/heal/workspace/source.ts';
import { createWorkspace, type Workspace } from '../../src/heal/workspace/workspace.ts';
import { silentLogger } from '../../src/log.ts';
import { makeRepo } from './git-repo.ts';

export interface LocaliseSetup {
  workspace: Workspace;
  check: Check;
  runner: LogicRunner;
  sandbox: Sandbox;
  /** The check's first run, on the unchanged code. */
  result: CheckResult;
  /** The LOGIC failures the check's real output shows. */
  logic: Failure[];
  cleanup(): Promise<void>;
}

/** Commits `files`, clones them into a run workspace and runs `command` once as the check. */
export async function setUpCheck(files: Record<string, string>, command: string, tool: ToolName, language: Check['language']): Promise<LocaliseSetup> {
  const repo = makeRepo(files);
  const workRoot = mkdtempSync(path.join(tmpdir(), 'rift-localise-'));
  const workspace = await createWorkspace(await resolveSource(repo.dir), { runId: 'loc', branch: 'T_L_AI_Fix', workRoot });
  const check: Check = { id: `ci:${tool}`, command, cwd: '.', kind: 'test', tool, language, source: 'workflow' };
  const sandbox = await createSandbox({ env: process.env, logger: silentLogger });
  const result = await runCheck(sandbox, workspace, check);
  return {
    workspace,
    check,
    runner: sandboxLogicRunner(sandbox, workspace, [check]),
    sandbox,
    result,
    logic: result.failures.filter((f) => f.bugType === 'LOGIC'),
    async cleanup() {
      await workspace.dispose();
      rmSync(workRoot, { recursive: true, force: true });
      repo.cleanup();
    },
  };
}
