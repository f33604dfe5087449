// Runs one process tree with a wall-time limit and an output cap, and kills the whole tree
// (its process group) when time runs out.
import { execa } from 'execa';
import { OutputCap } from './output-cap.ts';
import type { SandboxResult } from './types.ts';

export interface RunProcessOptions {
  /** The complete environment of the started process: nothing is inherited from RIFT. */
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
  outputCapBytes: number;
}

/** Starts `file args`, collects stdout+stderr in order, and never rejects for the command's failure. */
export async function runProcess(file: string, args: string[], opts: RunProcessOptions): Promise<SandboxResult> {
  const started = Date.now();
  const cap = new OutputCap(opts.outputCapBytes);
  const subprocess = execa(file, args, {
    env: opts.env,
    extendEnv: false,
    cwd: opts.cwd,
    stdin: 'ignore',
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

  const result = await subprocess;
  clearTimeout(timer);
  // Children that outlived their parent (daemons, `cmd &`) go with it.
  killGroup(subprocess.pid);
  const { text, truncated } = cap.result();
  const signal = result.signal ?? undefined;
  // No exit code and no signal: the process never started (missing binary); say why.
  const startError = result.exitCode === undefined && !signal && !timedOut ? `\n${result.message}` : '';
  return {
    exitCode: timedOut || result.exitCode === undefined ? null : result.exitCode,
    timedOut,
    killedBy: timedOut ? 'timeout' : signal,
    output: text + startError,
    truncated,
    durationMs: Date.now() - started,
  };
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
