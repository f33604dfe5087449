// The `agent-runs` worker: takes run ids off the queue and hands them to the healing process.
// Any number of these run on any number of machines; BullMQ's locks give each job to one of them.
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { BadInputError } from '../errors/index.ts';
import type { Logger } from '../log.ts';
import { AGENT_RUNS_QUEUE, QUEUE_PREFIX } from './names.ts';
import type { RunJobData } from './jobs.ts';

export interface RunWorkerOptions {
  connection: ConnectionOptions;
  /** Jobs this process works on at once. */
  concurrency: number;
  /** Heals one run; throw BadInputError to give up, anything else to be retried with backoff. */
  process: (runId: string) => Promise<void>;
  logger: Logger;
  /**
   * Called once the run will not be tried again (bad input, or the last attempt failed), before the
   * job is failed: the place to mark the run failed in PostgreSQL. Its own errors are logged only.
   */
  onGiveUp?: (runId: string, err: unknown) => Promise<void>;
  /** Key prefix; 'bull' unless a test isolates itself. */
  prefix?: string;
  /** Lock time of a job; a worker that dies loses it after this and the job is handed to another. */
  lockDurationMs?: number;
  /** How often stalled jobs (lock lost) are looked for and moved back to waiting. */
  stalledIntervalMs?: number;
}

export interface RunWorker {
  /** Stops taking jobs and waits for the ones in hand to finish. */
  close(): Promise<void>;
}

/** Starts a worker on `agent-runs`. */
export function startRunWorker(opts: RunWorkerOptions): RunWorker {
  const { logger } = opts;
  const worker = new Worker<RunJobData>(AGENT_RUNS_QUEUE, (job) => runJob(job, opts), {
    connection: opts.connection,
    prefix: opts.prefix ?? QUEUE_PREFIX,
    concurrency: opts.concurrency,
    // Only when given: an explicit undefined would replace BullMQ's defaults (30 s each).
    ...(opts.lockDurationMs ? { lockDuration: opts.lockDurationMs } : {}),
    ...(opts.stalledIntervalMs ? { stalledInterval: opts.stalledIntervalMs } : {}),
    // A job whose worker died twice is failed rather than handed round for ever.
    maxStalledCount: 2,
  });
  // Without a listener an 'error' event (Redis down...) would throw; BullMQ reconnects by itself.
  worker.on('error', (err) => logger.error({ err }, 'queue worker error'));
  worker.on('failed', (job, err) =>
    logger.warn({ runId: job?.data.runId, attemptsMade: job?.attemptsMade, err }, 'run job failed'),
  );
  worker.on('stalled', (jobId) => logger.warn({ runId: jobId }, 'run job stalled; handed back to the queue'));
  return { close: () => worker.close() };
}

// Maps RIFT's errors onto BullMQ's retry rules: bad input is final, the rest are retried.
async function runJob(job: Job<RunJobData>, opts: RunWorkerOptions): Promise<void> {
  const { runId } = job.data;
  const log = opts.logger.child({ runId, attempt: job.attemptsMade + 1 });
  log.info('run job started');
  try {
    await opts.process(runId);
  } catch (err) {
    const final = err instanceof BadInputError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (final) await giveUp(runId, err, opts, log);
    if (err instanceof BadInputError) throw new UnrecoverableError(err.message);
    throw err;
  }
  log.info('run job finished');
}

// A failing hook must not hide the run's own error from BullMQ.
async function giveUp(runId: string, err: unknown, opts: RunWorkerOptions, log: Logger): Promise<void> {
  try {
    await opts.onGiveUp?.(runId, err);
  } catch (hookErr) {
    log.error({ err: hookErr }, 'run give-up hook failed');
  }
}
