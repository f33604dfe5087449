import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import { silentLogger } from '../../src/log.ts';
import { AGENT_RUNS_QUEUE, createRunQueue, enqueueRun, startRunWorker, type RunWorker } from '../../src/queue/index.ts';
import { testRedisConnection, uniquePrefix, waitForJobState } from './redis.ts';

const connection = testRedisConnection();
const prefix = uniquePrefix();
const queue = createRunQueue({ connection, prefix });
let worker: RunWorker | undefined;

// Each test starts its own worker; closing it here keeps one test's worker off the next test's jobs.
afterEach(async () => {
  await worker?.close();
  worker = undefined;
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

function start(process: (runId: string) => Promise<void>): RunWorker {
  worker = startRunWorker({ connection, prefix, concurrency: 1, process, logger: silentLogger });
  return worker;
}

describe('startRunWorker', () => {
  it('hands the run id to the process function and completes the job', async () => {
    const runId = randomUUID();
    const seen: string[] = [];
    start(async (id) => {
      seen.push(id);
    });

    await enqueueRun(queue, runId);
    await waitForJobState(queue, runId, 'completed');

    expect(seen).toEqual([runId]);
  });

  it('fails a BadInputError at once, without retry', async () => {
    const runId = randomUUID();
    let calls = 0;
    start(async () => {
      calls += 1;
      throw new BadInputError('not a git repository');
    });

    await enqueueRun(queue, runId, { attempts: 3, backoff: { type: 'exponential', delay: 10 } });
    await waitForJobState(queue, runId, 'failed');

    const job = await queue.getJob(runId);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBe('not a git repository');
    expect(calls).toBe(1);
  });

  it('retries a TransientError with backoff until it succeeds', async () => {
    const runId = randomUUID();
    let calls = 0;
    start(async () => {
      calls += 1;
      if (calls < 3) throw new TransientError('GitHub API 502');
    });

    await enqueueRun(queue, runId, { attempts: 3, backoff: { type: 'exponential', delay: 10 } });
    await waitForJobState(queue, runId, 'completed');

    const job = await queue.getJob(runId);
    expect(calls).toBe(3);
    expect(job?.attemptsMade).toBe(3);
  });

  it('calls onGiveUp once, on the last failed attempt only', async () => {
    const runId = randomUUID();
    const givenUp: Array<[string, string]> = [];
    worker = startRunWorker({
      connection,
      prefix,
      concurrency: 1,
      logger: silentLogger,
      process: async () => {
        throw new TransientError('still down');
      },
      onGiveUp: async (id, err) => {
        givenUp.push([id, (err as Error).message]);
      },
    });

    await enqueueRun(queue, runId, { attempts: 2, backoff: { type: 'exponential', delay: 10 } });
    await waitForJobState(queue, runId, 'failed');

    expect((await queue.getJob(runId))?.attemptsMade).toBe(2);
    expect(givenUp).toEqual([[runId, 'still down']]);
  });

  it('close() waits for the job in hand to finish', async () => {
    const runId = randomUUID();
    let started!: () => void;
    const isStarted = new Promise<void>((resolve) => (started = resolve));
    let finished = false;
    const running = start(async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished = true;
    });
    await enqueueRun(queue, runId);
    await isStarted;

    await running.close();

    expect(finished).toBe(true);
    expect(await queue.getJobState(runId)).toBe('completed');
  });

  it('hands the job of a worker that died to another worker', async () => {
    // A prefix of its own: BullMQ runs the stalled check at most once per interval per queue, and
    // the workers of the other tests have already claimed the default 30 s interval on theirs.
    const ownPrefix = uniquePrefix();
    const ownQueue = createRunQueue({ connection, prefix: ownPrefix });
    const runId = randomUUID();
    let taken!: () => void;
    const isTaken = new Promise<void>((resolve) => (taken = resolve));
    // A worker that takes the job and then dies: never finishes, and stops renewing its lock.
    const dying = new Worker(AGENT_RUNS_QUEUE, () => (taken(), new Promise<void>(() => {})), {
      connection,
      prefix: ownPrefix,
      lockDuration: 300,
      skipStalledCheck: true,
    });
    await enqueueRun(ownQueue, runId);
    await isTaken;
    await dying.close(true);
    const seen: string[] = [];

    worker = startRunWorker({
      connection,
      prefix: ownPrefix,
      concurrency: 1,
      logger: silentLogger,
      lockDurationMs: 300,
      stalledIntervalMs: 200,
      process: async (id) => {
        seen.push(id);
      },
    });
    await waitForJobState(ownQueue, runId, 'completed');

    expect(seen).toEqual([runId]);
    await worker.close();
    await ownQueue.obliterate({ force: true });
    await ownQueue.close();
  });
});
