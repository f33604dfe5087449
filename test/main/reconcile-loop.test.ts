import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReconcileLoop } from '../../src/main/reconcile-loop.ts';
import { silentLogger } from '../../src/log.ts';
import { createRunQueue } from '../../src/queue/index.ts';
import { insertRun } from '../../src/store/index.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';

let database: TestDatabase;
const queue = createRunQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await database.cleanup();
});

const queuedRun = async () =>
  (
    await insertRun(database.db, {
      fingerprint: `fp-${Math.random()}`,
      repo_url: 'https://github.com/o/r',
      team_name: 'T',
      leader_name: 'L',
      branch_name: 'T_L_AI_Fix',
      start_time: new Date(),
    })
  ).run_id;

async function until(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('startReconcileLoop', () => {
  it('enqueues a queued run with no job at once, and one queued later on the next pass', async () => {
    const first = await queuedRun();

    const loop = startReconcileLoop({ db: database.db, queue, logger: silentLogger, intervalMs: 200 });
    await until(async () => (await queue.getJob(first)) !== undefined);
    const second = await queuedRun();
    await until(async () => (await queue.getJob(second)) !== undefined);
    await loop.close();

    expect((await queue.getJob(first))?.data).toEqual({ runId: first });
  });

  it('stops passing once closed', async () => {
    const loop = startReconcileLoop({ db: database.db, queue, logger: silentLogger, intervalMs: 50 });
    await loop.close();
    const later = await queuedRun();

    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(await queue.getJob(later)).toBeUndefined();
  });
});
