// `rift serve` / `rift worker` as real child processes (bin/rift.js), for the ingress bench and the
// server-process tests: output collected, the port read from the "listening" log line (PORT=0).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'rift.js');

export interface RiftProcess {
  child: ChildProcess;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the port once the server logs that it listens; rejects if the process ends first. */
  listening(timeoutMs?: number): Promise<number>;
  /** Resolves once the process has logged a line containing `text`. */
  logged(text: string, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL if still running (test clean-up). */
  kill(): void;
}

/** Starts `node bin/rift.js ...args` with exactly `env` (plus PATH and HOME) in `cwd`. */
export function spawnRift(args: string[], env: Record<string, string>, cwd: string): RiftProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters) wake();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    }),
  );

  const waitFor = <T>(find: () => T | undefined, what: string, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`rift ${args[0]}: no ${what} within ${timeoutMs} ms; output:\n${output}`)), timeoutMs);
      const check = () => {
        const found = find();
        if (found !== undefined) return finish(null, found);
        if (child.exitCode !== null || child.signalCode !== null) finish(new Error(`rift ${args[0]} ended before ${what}; output:\n${output}`));
      };
      const finish = (err: Error | null, value?: T) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (err) reject(err);
        else resolve(value as T);
      };
      waiters.add(check);
      check();
    });

  return {
    child,
    output: () => output,
    listening: (timeoutMs = 45_000) =>
      waitFor(() => {
        const port = /"port":(\d+)[^\n]*"msg":"rift server listening"/.exec(output)?.[1];
        return port === undefined ? undefined : Number(port);
      }, 'listening line', timeoutMs),
    logged: (text, timeoutMs = 45_000) => waitFor(() => (output.includes(text) ? true : undefined), `"${text}"`, timeoutMs).then(() => undefined),
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
