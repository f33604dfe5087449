// Runs the reconciler at start and then every interval: runs left `queued` with no job (Redis was
// down at the webhook, or a process died between the two writes) go back on the queue.
import type { Queue } from 'bullmq';
import type { Knex } from 'knex';
import type { Logger } from '../log.ts';
import { reconcileQueuedRuns, type Closer, type RunJobData } from '../queue/index.ts';

export const RECONCILE_INTERVAL_MS = 60_000;

export interface ReconcileLoopOptions {
  db: Knex;
  queue: Queue<RunJobData>;
  logger: Logger;
  intervalMs?: number;
}

/** Starts the loop; the first pass runs at once. `close` stops it after the pass in progress. */
export function startReconcileLoop(opts: ReconcileLoopOptions): Closer {
  const { db, queue, logger } = opts;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let pass: Promise<void> = Promise.resolve();

  const runPass = async (): Promise<void> => {
    try {
      const enqueued = await reconcileQueuedRuns(db, queue);
      if (enqueued > 0) logger.info({ enqueued }, 'queued runs without a job re-enqueued');
    } catch (err) {
      // Redis or PostgreSQL away: the next pass tries again.
      logger.warn({ err }, 'reconciling queued runs failed');
    }
  };
  // Chained timeouts, not an interval: a slow pass never overlaps the next.
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      pass = runPass().then(schedule);
    }, opts.intervalMs ?? RECONCILE_INTERVAL_MS);
  };
  pass = runPass().then(schedule);

  return {
    async close() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass;
    },
  };
}
