// `rift serve` and `rift worker` as commands: read the environment (and ./.env), start the process,
// hand SIGTERM/SIGINT to a graceful close. Bad configuration is a message on stderr and exit code 2.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from '../config/env.ts';
import { BadInputError } from '../errors/index.ts';
import { createLogger } from '../log.ts';
import { closeOnSignals } from '../queue/index.ts';
import { startServer, startWorkers, type RunningProcess } from './server.ts';

export interface ServerCommandIo {
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  exit: (code: number) => void;
}

export type ServerCommand = { kind: 'serve'; workers: boolean } | { kind: 'worker'; concurrency?: number };

/** Starts the process; returns null while it runs (signals end it), else the exit code of a failed start. */
export async function runServerCommand(command: ServerCommand, io: ServerCommandIo): Promise<number | null> {
  loadDotEnv(io);
  const logger = createLogger(io.env);
  let running: RunningProcess;
  try {
    const env = readEnv(io.env);
    running =
      command.kind === 'serve'
        ? await startServer(env, { logger, hostEnv: io.env, workers: command.workers })
        : await startWorkers(env, { logger, hostEnv: io.env, concurrency: command.concurrency });
  } catch (err) {
    if (err instanceof BadInputError) {
      io.err(`rift: ${err.message}`);
      return 2;
    }
    // PostgreSQL or Redis unreachable, the port taken...: not a bad value, but no start either.
    io.err(`rift: ${command.kind} could not start: ${(err as Error).message}`);
    logger.error({ err }, 'server process failed to start');
    return 1;
  }
  closeOnSignals([running], {
    exit: (code) => {
      logger.info({ code }, 'server process stopped');
      io.exit(code);
    },
    onError: (err) => logger.error({ err }, 'closing the server process failed'),
  });
  return null;
}

// Operators keep the App's settings in ./.env; variables already set win over it.
function loadDotEnv(io: ServerCommandIo): void {
  const file = path.join(io.cwd, '.env');
  if (io.env === process.env && existsSync(file)) process.loadEnvFile(file);
}
