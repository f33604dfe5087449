// What LOGIC repair needs that other fixers do not: to run the repository's tests itself, with a
// candidate patch in place (mutation search) or with a tracer beside them (fault localisation).
// The pipeline hands the fixer this runner; the fixer never starts a process or writes a file itself.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CheckBoard } from '../../check-board.ts';
import type { Check, CheckResult, FileEdit } from '../../types.ts';
import { CHECK_LIMITS, type CommandLimits } from '../../run/limits.ts';
import { CI_ENV } from '../../run/run-check.ts';
import type { Sandbox } from '../../sandbox/index.ts';
import { resolveInside } from '../../workspace/safe-path.ts';
import { readTextFile } from '../../workspace/text-file.ts';
import type { Workspace } from '../../workspace/workspace.ts';

export interface LogicRunOptions {
  /** Put in place for the run only (a candidate patch, or new helper files with before ''). */
  edits?: FileEdit[];
  /** Repository-relative directory to run in; '.' by default. */
  cwd?: string;
  /** Extra non-secret environment. */
  env?: Record<string, string>;
  /** Repository-relative files to read after the run (a tracer's report); removed afterwards if the run made them. */
  readBack?: string[];
  /** Shorter than a check's limit: a mutant that loops must not cost five minutes. */
  timeoutMs?: number;
}

export interface LogicRunResult {
  /** null when killed (time-out, memory). */
  exitCode: number | null;
  timedOut: boolean;
  output: string;
  durationMs: number;
  /** The readBack files as they were after the run; null when absent or unreadable. */
  files: Record<string, string | null>;
}

export interface LogicRunner {
  /** The check of this run with that id (a failure's `check`). */
  check(id: string): Check | undefined;
  /**
   * The pipeline's result of that check on the code as it stands, when it has a fresh one: a fixer's
   * baseline need not run the check again. Undefined when stale or unknown.
   */
  current?(id: string): CheckResult | undefined;
  /**
   * Runs `sh -c command` in the sandbox without network, with `edits` applied for the duration;
   * the workspace is restored afterwards whatever happens (edits undone, created files removed).
   */
  run(command: string, options?: LogicRunOptions): Promise<LogicRunResult>;
}

// The runner the pipeline passes: the run's sandbox, workspace, checks and limits, and its board of
// check results (absent: every baseline is run).
export function sandboxLogicRunner(
  sandbox: Sandbox,
  workspace: Workspace,
  checks: readonly Check[],
  limits: CommandLimits = CHECK_LIMITS,
  board?: CheckBoard,
): LogicRunner {
  return {
    check: (id) => checks.find((c) => c.id === id),
    current: (id) => (board && !board.stale.has(id) ? board.results.get(id) : undefined),
    async run(command, options = {}) {
      const edits = options.edits ?? [];
      const readBack = options.readBack ?? [];
      const created = await missingFiles(workspace.root, [...edits.map((e) => e.file), ...readBack]);
      await workspace.applyEdits(edits);
      try {
        const started = Date.now();
        const outcome = await sandbox.run(command, {
          workspace: workspace.dir,
          cwd: path.join(workspace.root, options.cwd ?? '.'),
          network: false,
          ...limits,
          timeoutMs: Math.min(limits.timeoutMs, options.timeoutMs ?? limits.timeoutMs),
          env: { ...CI_ENV, HOME: workspace.home, ...options.env },
        });
        const files: Record<string, string | null> = {};
        for (const file of readBack) files[file] = await readBackFile(workspace.root, file);
        return { exitCode: outcome.exitCode, timedOut: outcome.timedOut, output: outcome.output, durationMs: Date.now() - started, files };
      } finally {
        await workspace.undoEdits(edits.filter((e) => !created.has(e.file)));
        for (const file of created) {
          const absolute = await resolveInside(workspace.root, file);
          if (absolute) await rm(absolute, { force: true });
        }
      }
    },
  };
}

// Files that do not exist yet: whatever the run leaves there is removed afterwards.
async function missingFiles(root: string, files: string[]): Promise<Set<string>> {
  const missing = new Set<string>();
  for (const file of files) {
    const absolute = await resolveInside(root, file);
    if (absolute && !(await stat(absolute).catch(() => null))) missing.add(file);
  }
  return missing;
}

async function readBackFile(root: string, file: string): Promise<string | null> {
  const absolute = await resolveInside(root, file);
  if (!absolute) return null;
  const read = await readTextFile(absolute);
  return read.ok ? read.text : null;
}
