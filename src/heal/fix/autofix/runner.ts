// How the repository's own autofixer is run. The tool is the repository's code (its version, its
// plugins, its config files can run code), so it runs in the sandbox like a check: the pipeline
// hands the fixer a runner, and the fixer never starts a process itself.
import path from 'node:path';
import { CHECK_LIMITS, type CommandLimits } from '../../run/limits.ts';
import { CI_ENV, type CheckRunTarget } from '../../run/run-check.ts';
import type { Sandbox } from '../../sandbox/index.ts';

export interface AutofixRun {
  /** null when the process was killed (time-out, memory). 127: the tool is not installed. */
  exitCode: number | null;
  /** What the command printed. The commands send their stderr to /dev/null themselves, so this is
   *  the tool's stdout only: the new text of the file, or ESLint's JSON report. */
  output: string;
  /** True when the output was cut: then it is not the whole file and must not be used. */
  truncated?: boolean;
}

/**
 * Runs `sh -c command` in the sandbox, without network, in `cwd` (repository-relative, forward
 * slashes, '.' for the root). The commands RIFT passes only READ the repository (the file goes in
 * through a `<` redirection and the result comes out on stdout), so the runner need not give
 * them anything writable beyond what a check gets.
 */
export type AutofixRunner = (command: string, cwd: string) => Promise<AutofixRun>;

// The runner the pipeline passes: the same sandbox, limits and environment as a check.
export function sandboxAutofixRunner(sandbox: Sandbox, target: CheckRunTarget, limits: CommandLimits = CHECK_LIMITS): AutofixRunner {
  return async (command, cwd) => {
    const outcome = await sandbox.run(command, {
      workspace: target.dir,
      cwd: path.join(target.root, cwd),
      network: false,
      ...limits,
      env: { ...CI_ENV, HOME: target.home },
    });
    return { exitCode: outcome.timedOut ? null : outcome.exitCode, output: outcome.output, truncated: outcome.truncated };
  };
}
