// CI finished on a commit RIFT pushed: wake the worker that waits for it (src/runtime/ci-wake.ts). A
// lost wake costs the worker one poll, so failures are logged, never thrown at GitHub.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ciWakeChannel } from '../runtime/ci-wake.ts';
import { REDIS_STEP_TIMEOUT_MS, withTimeout } from './with-timeout.ts';

export interface CiWake {
  repoFullName: string;
  sha: string;
  /** The event that says so: check_run, check_suite or workflow_run. */
  event: string;
  conclusion: string | null;
}

/** Publishes the wake; returns how many subscribers heard it (0 when Redis failed). */
export async function publishCiWake(redis: Redis, logger: Logger, wake: CiWake): Promise<number> {
  const channel = ciWakeChannel(wake.repoFullName, wake.sha);
  try {
    const heard = await withTimeout(
      redis.publish(channel, JSON.stringify({ event: wake.event, conclusion: wake.conclusion })),
      REDIS_STEP_TIMEOUT_MS,
      'publish the CI wake',
    );
    logger.debug({ channel, event: wake.event, heard }, 'ci wake published');
    return heard;
  } catch (err) {
    logger.warn({ err, channel }, 'ci wake not published; the waiting worker will poll');
    return 0;
  }
}
