// Runs one check in the sandbox, without network, and parses its output into failures.
import path from 'node:path';
import { parseCheckOutput } from '../parse/index.ts';
import type { Sandbox } from '../sandbox/index.ts';
import type { Check, CheckResult, Failure } from '../types.ts';
import { CHECK_LIMITS, type CommandLimits } from './limits.ts';

export interface CheckRunTarget {
  /** The run directory: the only writable place. */
  dir: string;
  /** The repository root inside it. */
  root: string;
  home: string;
}

/** Environment that makes tools behave as they do in CI: no colours, no prompts, no watch mode. */
export const CI_ENV = { CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };

/** Runs `check` and returns its result with every failure the parsers could place. */
export async function runCheck(
  sandbox: Sandbox,
  target: CheckRunTarget,
  check: Check,
  limits: CommandLimits = CHECK_LIMITS,
): Promise<CheckResult> {
  const outcome = await sandbox.run(check.command, {
    workspace: target.dir,
    cwd: path.join(target.root, check.cwd),
    network: false,
    ...limits,
    env: { ...CI_ENV, HOME: target.home },
  });
  const passed = outcome.exitCode === 0 && !outcome.timedOut;
  const failures = passed ? [] : parseCheckOutput(outcome.output, { repoRoot: target.root, cwd: check.cwd, check: check.id });
  return {
    check,
    exitCode: outcome.exitCode,
    timedOut: outcome.timedOut,
    output: outcome.output,
    durationMs: outcome.durationMs,
    failures,
    passed,
  };
}

/** What to tell the user about a check that failed with nothing the parsers could place. */
export function describeUnplacedFailure(result: CheckResult): string {
  if (result.timedOut) return `\`${result.check.command}\` timed out`;
  if (result.exitCode === 127) return `\`${result.check.command}\`: command not found`;
  const tail = result.output.trim().split('\n').slice(-3).join(' | ');
  return `\`${result.check.command}\` exited with ${result.exitCode ?? 'a signal'}${tail ? `: ${tail}` : ''}`;
}

/** All failures of a set of results, in result order. */
export function allFailures(results: Iterable<CheckResult>): Failure[] {
  return [...results].flatMap((result) => result.failures);
}
