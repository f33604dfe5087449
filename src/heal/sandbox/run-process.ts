// Runs one process tree with a wall-time limit and an output cap, and kills the whole tree
// (its process group) when time runs out.
import type { Readable } from 'node:stream';
import { execa } from 'execa';
import { OutputCap } from './output-cap.ts';
import type { SandboxResult } from './types.ts';

export interface RunProcessOptions {
  /** The complete environment of the started process: nothing is inherited from RIFT. */
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
  outputCapBytes: number;
  /** The process's fds from 3 on: 'pipe' to read what it writes there, bytes or an async iterable to feed it. */
  extraFds?: Array<'pipe' | AsyncIterable<Uint8Array> | Uint8Array>;
  /**
   * Runs once the process has started, with its fds (index = fd number); returns what to do after
   * it ends. When it rejects, the process tree is killed and the reason ends the output.
   */
  onStarted?: (fds: Array<Readable | null>) => Promise<() => Promise<void>>;
}

/** Starts `file args`, collects stdout+stderr in order, and never rejects for the command's failure. */
export async function runProcess(file: string, args: string[], opts: RunProcessOptions): Promise<SandboxResult> {
  const started = Date.now();
  const cap = new OutputCap(opts.outputCapBytes);
  const subprocess = execa(file, args, {
    env: opts.env,
    extendEnv: false,
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe', ...(opts.extraFds ?? [])],
    all: true,
    buffer: false,
    reject: false,
    // Its own process group, so a time-out can kill the command and every child at once.
    detached: true,
    cleanup: true,
  });
  subprocess.all?.on('data', (chunk: Buffer) => cap.push(chunk));

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(subprocess.pid);
  }, Math.max(1, opts.timeoutMs));

  const hook = opts.onStarted ? await startHook(opts.onStarted, subprocess.stdio as Array<Readable | null>) : null;
  if (hook && 'error' in hook) killGroup(subprocess.pid);

  const result = await subprocess;
  clearTimeout(timer);
  // Children that outlived their parent (daemons, `cmd &`) go with it.
  killGroup(subprocess.pid);
  if (hook && 'after' in hook) await hook.after();
  const { text, truncated } = cap.result();
  const signal = result.signal ?? undefined;
  // No exit code and no signal: the process never started (missing binary); say why.
  const startError = result.exitCode === undefined && !signal && !timedOut ? `\n${result.message}` : '';
  const hookError = hook && 'error' in hook ? `\n[rift sandbox] ${hook.error}` : '';
  return {
    exitCode: timedOut || result.exitCode === undefined ? null : result.exitCode,
    timedOut,
    killedBy: timedOut ? 'timeout' : signal,
    output: text + startError + hookError,
    truncated,
    durationMs: Date.now() - started,
  };
}

async function startHook(
  hook: NonNullable<RunProcessOptions['onStarted']>,
  fds: Array<Readable | null>,
): Promise<{ after: () => Promise<void> } | { error: string }> {
  try {
    return { after: await hook(fds) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
