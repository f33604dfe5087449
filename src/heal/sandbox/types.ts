// The shapes of the sandbox: how a command is asked to run and what comes back.
import type { Logger } from '../../log.ts';

export interface SandboxRunOptions {
  /** Absolute directory, the ONLY writable place (it holds repo/ and home/ of one run). */
  workspace: string;
  /** Absolute directory inside the workspace to run in. */
  cwd: string;
  /** True only for the dependency-install phase; checks run without network. */
  network: boolean;
  /** Wall time; the whole process tree is killed when it runs out. */
  timeoutMs: number;
  /** Per-process private writable memory (RLIMIT_DATA), in MiB. */
  memoryMb: number;
  /** Processes the command may have at once (RLIMIT_NPROC, counted for the sandbox user). */
  maxProcesses: number;
  /** Bytes of output kept; beyond, the head and the tail are kept and `truncated` is set. */
  outputCapBytes: number;
  /** Extra NON-secret variables (e.g. CI=true); secret-looking names are dropped anyway. */
  env?: Record<string, string>;
}

export interface SandboxResult {
  /** null when the process was killed by a signal (time-out included). */
  exitCode: number | null;
  timedOut: boolean;
  /** 'timeout' or the signal's name, when the command did not exit by itself. */
  killedBy?: string;
  /** stdout and stderr interleaved in arrival order, capped. */
  output: string;
  truncated: boolean;
  durationMs: number;
}

export interface Sandbox {
  /** 'none' when bubblewrap is unavailable: scrubbed environment and limits only. */
  kind: 'bwrap' | 'none';
  /** Runs `sh -c command`; never throws for the command's own failure, only for misuse. */
  run(command: string, opts: SandboxRunOptions): Promise<SandboxResult>;
}

export interface CreateSandboxOptions {
  /** The environment RIFT runs with; only its allow-listed, non-secret part reaches the sandbox. */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Overrides RIFT_SANDBOX. */
  prefer?: 'bwrap' | 'none';
  /** More host paths to hide inside the sandbox (directories become empty, files empty). */
  hide?: string[];
  /** Host uid the command runs as when RIFT runs as root (so RLIMIT_NPROC applies); 65534 by default. */
  sandboxUid?: number;
}
