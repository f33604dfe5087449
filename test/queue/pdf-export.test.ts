import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { createPdfQueue, enqueuePdfExport, startPdfWorker, type PdfWorker } from '../../src/queue/pdf-export.ts';
import { writeResults } from '../../src/report/results.ts';
import { sampleResults } from '../report/sample-results.ts';
import { testRedisConnection, uniquePrefix, waitForJobState } from './redis.ts';

const connection = testRedisConnection();
const prefix = uniquePrefix();
const queue = createPdfQueue({ connection, prefix });
let outputDir: string;
let worker: PdfWorker | undefined;

beforeAll(async () => {
  outputDir = await mkdtemp(join(tmpdir(), 'rift-pdf-queue-'));
});

afterEach(async () => {
  await worker?.close();
  worker = undefined;
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await rm(outputDir, { recursive: true, force: true });
});

function start(): PdfWorker {
  worker = startPdfWorker({ connection, prefix, outputDir, logger: silentLogger });
  return worker;
}

describe('enqueuePdfExport', () => {
  it('keeps one job per run however often it is asked, with retries', async () => {
    const runId = randomUUID();

    const first = await enqueuePdfExport(queue, runId);
    const second = await enqueuePdfExport(queue, runId);

    expect(first.id).toBe(`pdf-${runId}`);
    expect(second.id).toBe(first.id);
    expect((await queue.getJobs(['waiting'])).filter((job) => job.data.runId === runId)).toHaveLength(1);
    expect(first.opts.attempts).toBe(3);
    expect(first.opts.backoff).toEqual({ type: 'exponential', delay: 5_000 });
    await first.remove();
  });
});

describe('startPdfWorker', () => {
  it('renders report.pdf from the run’s results.json', async () => {
    const runId = randomUUID();
    await writeResults(outputDir, { ...sampleResults(), run_id: runId });
    start();

    await enqueuePdfExport(queue, runId);
    await waitForJobState(queue, `pdf-${runId}`, 'completed', 10_000);

    const pdf = await readFile(join(outputDir, runId, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('fails the job at once, without retry, when results.json is missing', async () => {
    const runId = randomUUID();
    start();

    await enqueuePdfExport(queue, runId, { backoff: { type: 'fixed', delay: 10 } });
    await waitForJobState(queue, `pdf-${runId}`, 'failed');

    const job = await queue.getJob(`pdf-${runId}`);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe(`cannot export the PDF report: ${join(outputDir, runId, 'results.json')} does not exist`);
  });
});
