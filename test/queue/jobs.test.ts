import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT_RUNS_QUEUE, createRunQueue, enqueueRun, RUN_JOB_OPTIONS } from '../../src/queue/index.ts';
import { testRedisConnection, uniquePrefix } from './redis.ts';

const prefix = uniquePrefix();
const queue = createRunQueue({ connection: testRedisConnection(), prefix });

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
});

describe('enqueueRun', () => {
  it('uses the run id as the job id, so enqueueing twice makes one job', async () => {
    const runId = randomUUID();

    const first = await enqueueRun(queue, runId);
    const second = await enqueueRun(queue, runId);

    expect(first.id).toBe(runId);
    expect(second.id).toBe(runId);
    expect(first.data).toEqual({ runId });
    const waiting = await queue.getWaiting();
    expect(waiting.filter((job) => job.data.runId === runId).map((job) => job.id)).toEqual([runId]);
  });

  it('gives the job retries with exponential backoff', async () => {
    const runId = randomUUID();

    const job = await enqueueRun(queue, runId);

    expect(job.opts.attempts).toBe(RUN_JOB_OPTIONS.attempts);
    expect(job.opts.attempts).toBeGreaterThan(1);
    expect(job.opts.backoff).toEqual({ type: 'exponential', delay: 10_000 });
  });

  it('keeps jobs under bull:agent-runs by default and under the given prefix when told', async () => {
    const runId = randomUUID();
    const redis = new Redis(testRedisConnection() as RedisOptions);
    const production = createRunQueue({ connection: testRedisConnection() });

    await enqueueRun(queue, runId);

    expect(production.qualifiedName).toBe('bull:agent-runs');
    expect(queue.qualifiedName).toBe(`${prefix}:${AGENT_RUNS_QUEUE}`);
    expect(await redis.exists(`${prefix}:agent-runs:${runId}`)).toBe(1);
    await production.close();
    await redis.quit();
  });
});
