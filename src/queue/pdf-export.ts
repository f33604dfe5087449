// The `pdf-export` queue: report.pdf is drawn after a run ends, off the healing worker's path, so a
// slow or failing PDF never holds up or loses a run (results.json is already written).
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job, type JobsOptions } from 'bullmq';
import { BadInputError } from '../errors/index.ts';
import { exportPdf } from '../jobs/export-pdf.ts';
import type { Logger } from '../log.ts';
import { PDF_EXPORT_QUEUE, QUEUE_PREFIX } from './names.ts';

export interface PdfJobData {
  runId: string;
}

/** Name of the one kind of job on `pdf-export`. */
export const PDF_JOB_NAME = 'export-pdf';

/** Three attempts 5 s and 10 s apart; finished jobs are kept a day so a duplicate add stays a no-op. */
export const PDF_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface PdfQueueOptions {
  connection: ConnectionOptions;
  /** Key prefix; 'bull' unless a test isolates itself. */
  prefix?: string;
}

/** The `pdf-export` queue on the given Redis connection. */
export function createPdfQueue(opts: PdfQueueOptions): Queue<PdfJobData> {
  return new Queue<PdfJobData>(PDF_EXPORT_QUEUE, { connection: opts.connection, prefix: opts.prefix ?? QUEUE_PREFIX });
}

/** The job id of a run's PDF: one job per run, however often it is asked for. */
export function pdfJobId(runId: string): string {
  return `pdf-${runId}`;
}

/** Asks for a run's report.pdf; a second ask while the job is kept returns the existing job. */
export async function enqueuePdfExport(
  queue: Queue<PdfJobData>,
  runId: string,
  overrides: JobsOptions = {},
): Promise<Job<PdfJobData>> {
  return queue.add(PDF_JOB_NAME, { runId }, { ...PDF_JOB_OPTIONS, ...overrides, jobId: pdfJobId(runId) });
}

export interface PdfWorkerOptions extends PdfQueueOptions {
  /** Where runs' artifacts live: <outputDir>/<run_id>/results.json. */
  outputDir: string;
  logger: Logger;
  /** PDFs drawn at once by this process; 1 unless given. */
  concurrency?: number;
}

export interface PdfWorker {
  /** Stops taking jobs and waits for the ones in hand to finish. */
  close(): Promise<void>;
}

/** Starts a worker on `pdf-export` that writes each run's report.pdf beside its results.json. */
export function startPdfWorker(opts: PdfWorkerOptions): PdfWorker {
  const { logger } = opts;
  const worker = new Worker<PdfJobData>(PDF_EXPORT_QUEUE, (job) => exportJob(job, opts), {
    connection: opts.connection,
    prefix: opts.prefix ?? QUEUE_PREFIX,
    concurrency: opts.concurrency ?? 1,
  });
  // Without a listener an 'error' event (Redis down...) would throw; BullMQ reconnects by itself.
  worker.on('error', (err) => logger.error({ err }, 'pdf worker error'));
  worker.on('failed', (job, err) =>
    logger.warn({ runId: job?.data.runId, attemptsMade: job?.attemptsMade, err }, 'pdf job failed'),
  );
  return { close: () => worker.close() };
}

// Bad input (no or invalid results.json, a run id that is not a UUID) is final; the rest is retried.
async function exportJob(job: Job<PdfJobData>, opts: PdfWorkerOptions): Promise<void> {
  const { runId } = job.data;
  try {
    const pdfPath = await exportPdf(opts.outputDir, runId);
    opts.logger.info({ runId, pdfPath }, 'pdf report written');
  } catch (err) {
    if (err instanceof BadInputError) throw new UnrecoverableError(err.message);
    throw err;
  }
}
