// Installs the repository's dependencies as its CI would, before any check runs: with network, in
// the sandbox, still without a secret. A failed install is recorded; the checks then say what breaks.
import path from 'node:path';
import type { HealContext } from '../context.ts';
import { INSTALL_LIMITS } from '../run/limits.ts';
import type { InstallStep } from '../types.ts';

/**
 * Installers fail fast instead of retrying for minutes when a registry is out of reach; the checks
 * then show what is really missing.
 */
const INSTALL_ENV = {
  CI: 'true',
  PIP_RETRIES: '0',
  PIP_TIMEOUT: '15',
  PIP_DISABLE_PIP_VERSION_CHECK: '1',
  PIP_NO_INPUT: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Runs each install step in order; returns how many failed. */
export async function installDependencies(ctx: HealContext, installs: InstallStep[]): Promise<number> {
  let failed = 0;
  for (const install of installs) {
    const outcome = await ctx.sandbox.run(install.command, {
      workspace: ctx.workspace.dir,
      cwd: path.join(ctx.workspace.root, install.cwd),
      network: true,
      ...INSTALL_LIMITS,
      env: { ...INSTALL_ENV, HOME: ctx.workspace.home },
    });
    const ok = outcome.exitCode === 0 && !outcome.timedOut;
    if (!ok) failed += 1;
    await ctx.recorder.step('install', 'install_dependencies', `${install.command} ${ok ? 'done' : 'failed'}`, {
      payload: { cwd: install.cwd, exitCode: outcome.exitCode, durationMs: outcome.durationMs, outputTail: outcome.output.slice(-2000) },
      thought: ok
        ? 'Dependencies are installed in their own phase, with network, before the checks run without it.'
        : 'The install failed; the checks will show what is missing.',
    });
  }
  return failed;
}
