import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunQueue, enqueueRun, listQueuedRunIds, reconcileQueuedRuns } from '../../src/queue/index.ts';
import { insertRun, type NewRun } from '../../src/store/index.ts';
import { openScratchDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from './redis.ts';

// A database of its own: the reconciler reads every queued run, so rows of other test files would
// blur the counts this file checks.
let testDb: TestDatabase;
const queue = createRunQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });

beforeAll(async () => {
  testDb = await openScratchDatabase({ migrate: true });
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await testDb?.cleanup();
});

function runFields(status: 'queued' | 'running'): NewRun {
  return {
    fingerprint: `github.com/acme/app@${randomUUID()}`,
    repo_url: 'https://github.com/acme/app',
    team_name: 'Code Warriors',
    leader_name: 'Ada Lovelace',
    branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
    status,
    start_time: new Date(),
  };
}

describe('reconcileQueuedRuns', () => {
  it('re-enqueues queued runs whose job is missing and leaves the others alone', async () => {
    const lost = await insertRun(testDb.db, runFields('queued'));
    const held = await insertRun(testDb.db, runFields('queued'));
    const running = await insertRun(testDb.db, runFields('running'));
    const heldJob = await enqueueRun(queue, held.run_id);

    const enqueued = await reconcileQueuedRuns(testDb.db, queue);

    expect(enqueued).toBe(1);
    expect((await queue.getJob(lost.run_id))?.data).toEqual({ runId: lost.run_id });
    expect((await queue.getJob(held.run_id))?.timestamp).toBe(heldJob.timestamp);
    expect(await queue.getJob(running.run_id)).toBeUndefined();
  });

  it('does nothing the second time', async () => {
    await insertRun(testDb.db, runFields('queued'));
    await reconcileQueuedRuns(testDb.db, queue);

    const enqueued = await reconcileQueuedRuns(testDb.db, queue);

    expect(enqueued).toBe(0);
  });
});

describe('listQueuedRunIds', () => {
  it('lists only queued runs, oldest first', async () => {
    const before = await listQueuedRunIds(testDb.db);
    const first = await insertRun(testDb.db, runFields('queued'));
    const second = await insertRun(testDb.db, runFields('queued'));
    await insertRun(testDb.db, runFields('running'));

    const ids = await listQueuedRunIds(testDb.db);

    expect(ids).toEqual([...before, first.run_id, second.run_id]);
  });
});
