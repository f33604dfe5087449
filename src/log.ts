// Structured logs (pino). Messages are static strings; data goes in fields. Children bind
// {runId, repo, iteration, stage} so every line of a run can be found.
import { pino, type Logger } from 'pino';

export type { Logger };

/** The process logger; LOG_LEVEL sets its level ('silent' in tests unless asked otherwise). */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL ?? (env.VITEST ? 'silent' : 'info');
  return pino({ level, base: undefined });
}

/** A logger that writes nothing, for pure code paths and tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
