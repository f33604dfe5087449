// Redis calls from a webhook handler must not hang the answer to GitHub: ioredis queues commands while
// it reconnects, so an outage would otherwise hold every delivery until GitHub gives up on it.
import { TransientError } from '../errors/index.ts';

/** Redis steps of a webhook get this long before they count as failed. */
export const REDIS_STEP_TIMEOUT_MS = 1500;

/** The promise's value, or a TransientError naming `what` once `ms` have passed. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransientError(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
