// Redis for queue tests: the machine's Redis, a key prefix of each test file's own, and polling helpers.
import { randomUUID } from 'node:crypto';
import type { ConnectionOptions, Queue } from 'bullmq';

/** The test Redis (REDIS_URL or 127.0.0.1:6379); BullMQ workers need maxRetriesPerRequest null. */
export function testRedisConnection(): ConnectionOptions {
  const url = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}

/** A key prefix no other test file uses, so parallel files never share a queue. */
export function uniquePrefix(): string {
  return `rift-test-${randomUUID().slice(0, 8)}`;
}

/** Waits until the job reaches the state, or throws after timeoutMs. */
export async function waitForJobState(queue: Queue, jobId: string, state: string, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'missing';
  while (Date.now() < deadline) {
    last = (await queue.getJob(jobId)) ? await queue.getJobState(jobId) : 'missing';
    if (last === state) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${jobId} is ${last}, not ${state}, after ${timeoutMs} ms`);
}
