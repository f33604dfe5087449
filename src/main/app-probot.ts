// The Probot instance of a server process: webhooks (rift serve) and installation clients (workers).
import { Probot, type Logger as ProbotLogger } from 'probot';
import type { RiftEnv } from '../config/env.ts';
import { probotOptions } from '../github/probot-options.ts';
import type { Logger } from '../log.ts';

/** A Probot for the app of APP_ID; `needsSecret` for the process that receives webhooks. */
export function createAppProbot(env: RiftEnv, opts: { logger: Logger; needsSecret: boolean }): Probot {
  // Probot bundles its own pino major; the logger's shape is the same.
  return new Probot(probotOptions(env, { needsSecret: opts.needsSecret, log: opts.logger as unknown as ProbotLogger }));
}
