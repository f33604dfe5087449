// PostgreSQL is written before Redis, so a run can be `queued` with no job (Redis was down, or the
// process died between the two writes). The reconciler puts such runs back on the queue.
import type { Knex } from 'knex';
import type { Queue } from 'bullmq';
import { enqueueRun, type RunJobData } from './jobs.ts';
import { listQueuedRunIds } from './queued-runs.ts';

/** Enqueues every `queued` run that has no job in the queue, in any state; returns how many. */
export async function reconcileQueuedRuns(db: Knex, queue: Queue<RunJobData>): Promise<number> {
  let enqueued = 0;
  for (const runId of await listQueuedRunIds(db)) {
    if (await queue.getJob(runId)) continue;
    // Adding is idempotent by job id, so a race with the normal enqueue path is harmless.
    await enqueueRun(queue, runId);
    enqueued += 1;
  }
  return enqueued;
}
