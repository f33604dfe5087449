// The `agent-runs` job: only the run id travels through Redis; the run row in PostgreSQL holds the rest.
import { Queue, type ConnectionOptions, type Job, type JobsOptions } from 'bullmq';
import { AGENT_RUNS_QUEUE, QUEUE_PREFIX } from './names.ts';

export interface RunJobData {
  runId: string;
}

/** Name of the one kind of job on `agent-runs`. */
export const RUN_JOB_NAME = 'heal';

/** Retries for transient faults: 5 attempts, 10 s, 20 s, 40 s, 80 s apart; old jobs are trimmed. */
export const RUN_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 10_000 },
  // Kept a while so a finished job still blocks a duplicate add of the same run id.
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface RunQueueOptions {
  connection: ConnectionOptions;
  /** Key prefix; 'bull' unless a test isolates itself. */
  prefix?: string;
}

/** The `agent-runs` queue on the given Redis connection. */
export function createRunQueue(opts: RunQueueOptions): Queue<RunJobData> {
  return new Queue<RunJobData>(AGENT_RUNS_QUEUE, { connection: opts.connection, prefix: opts.prefix ?? QUEUE_PREFIX });
}

/**
 * Enqueues a run; the job id is the run id, so a second add of the same run is a no-op that
 * returns the existing job (BullMQ ignores adds of an id it still holds).
 */
export async function enqueueRun(
  queue: Queue<RunJobData>,
  runId: string,
  overrides: JobsOptions = {},
): Promise<Job<RunJobData>> {
  return queue.add(RUN_JOB_NAME, { runId }, { ...RUN_JOB_OPTIONS, ...overrides, jobId: runId });
}
