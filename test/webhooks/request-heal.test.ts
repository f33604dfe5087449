import { Queue } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { silentLogger } from '../../src/log.ts';
import { AGENT_RUNS_QUEUE, createRunQueue } from '../../src/queue/index.ts';
import { getRun, Run, updateRunStatus } from '../../src/store/index.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { activeRunKey, claimLockKey, requestHeal, type RequestHealDeps } from '../../src/webhooks/request-heal.ts';
import { readTrigger } from '../../src/webhooks/trigger.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import { newSha, pullRequestTrigger, REPO_HTML_URL } from './fixtures.ts';

let testDb: TestDatabase;
let db: Knex;
const redis = new Redis(testRedisConnection() as RedisOptions);
const prefix = uniquePrefix();
const queue = createRunQueue({ connection: testRedisConnection(), prefix });

beforeAll(async () => {
  testDb = await openTestDatabase();
  db = testDb.db;
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await redis.quit();
  await testDb?.cleanup();
});

function deps(overrides: Partial<RequestHealDeps> = {}): RequestHealDeps {
  return { db, redis, queue, logger: silentLogger, ...overrides };
}

async function runCount(sha: string): Promise<number> {
  return (await Run.query(db).where({ fingerprint: fingerprintOf(REPO_HTML_URL, sha) })).length;
}

describe('fingerprintOf', () => {
  it('is the sha256 of the repository URL and the commit, one per line', () => {
    // printf 'https://github.com/a/b\nabc' | sha256sum
    expect(fingerprintOf('https://github.com/a/b', 'abc')).toBe('da5e45a37245f5663d16d6bffea3adc7947508e7cfea6ac1fa4569968f459222');
    expect(fingerprintOf('https://github.com/a/b', 'abc')).not.toBe(fingerprintOf('https://github.com/a/bc', 'abc'));
  });
});

describe('requestHeal', () => {
  it('records the run with its trigger, enqueues it under its id, names it in Redis and releases the lock', async () => {
    const sha = newSha();
    const fingerprint = fingerprintOf(REPO_HTML_URL, sha);

    const result = await requestHeal(deps(), pullRequestTrigger(sha));

    expect(result.created).toBe(true);
    const run = await getRun(db, result.runId);
    expect(run).toMatchObject({ status: 'queued', fingerprint, branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix' });
    expect(await readTrigger(db, result.runId)).toEqual(pullRequestTrigger(sha));
    expect((await queue.getJob(result.runId))?.data).toEqual({ runId: result.runId });
    expect(await redis.get(activeRunKey(fingerprint))).toBe(result.runId);
    expect(await redis.ttl(activeRunKey(fingerprint))).toBeGreaterThan(7000);
    expect(await redis.exists(claimLockKey(fingerprint))).toBe(0);
  });

  it('makes one run of many concurrent requests for one commit', async () => {
    const sha = newSha();

    const results = await Promise.all(Array.from({ length: 6 }, () => requestHeal(deps(), pullRequestTrigger(sha))));

    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.runId)).size).toBe(1);
    expect(await runCount(sha)).toBe(1);
  });

  it('answers with the active run named in Redis while another request holds the lock, and leaves that lock alone', async () => {
    const sha = newSha();
    const fingerprint = fingerprintOf(REPO_HTML_URL, sha);
    const first = await requestHeal(deps(), pullRequestTrigger(sha));
    await redis.set(claimLockKey(fingerprint), 'someone-else', 'EX', 30);

    const second = await requestHeal(deps(), pullRequestTrigger(sha, { kind: 'comment', sender: 'Codertocat', commentId: 5 }));

    expect(second).toEqual({ runId: first.runId, created: false });
    expect(await redis.get(claimLockKey(fingerprint))).toBe('someone-else');
    await redis.del(claimLockKey(fingerprint));
  });

  it('starts a new run once the previous run of the commit has ended, even if Redis still names it', async () => {
    const sha = newSha();
    const first = await requestHeal(deps(), pullRequestTrigger(sha));
    await updateRunStatus(db, first.runId, 'failed');

    const second = await requestHeal(deps(), pullRequestTrigger(sha));

    expect(second.created).toBe(true);
    expect(second.runId).not.toBe(first.runId);
    expect(await runCount(sha)).toBe(2);
  });

  it('keeps the run queued in PostgreSQL when the enqueue fails, for the reconciler', async () => {
    const sha = newSha();
    const closedPrefix = uniquePrefix();
    const closed = createRunQueue({ connection: testRedisConnection(), prefix: closedPrefix });
    await closed.close();

    const result = await requestHeal(deps({ queue: closed }), pullRequestTrigger(sha));

    expect(result.created).toBe(true);
    expect((await getRun(db, result.runId))?.status).toBe('queued');
    const inspector = new Queue(AGENT_RUNS_QUEUE, { connection: testRedisConnection(), prefix: closedPrefix });
    expect(await inspector.getJob(result.runId)).toBeUndefined();
    await inspector.close();
  });

  it('lets PostgreSQL decide alone when Redis hangs, paying one timeout', async () => {
    const sha = newSha();
    const hanging = new Redis({ host: '127.0.0.1', port: 1, maxRetriesPerRequest: null, retryStrategy: () => 200 });
    hanging.on('error', () => {});
    const started = Date.now();

    const first = await requestHeal(deps({ redis: hanging }), pullRequestTrigger(sha));
    const second = await requestHeal(deps({ redis: hanging }), pullRequestTrigger(sha));

    expect(first.created).toBe(true);
    expect(second).toEqual({ runId: first.runId, created: false });
    // One timeout per request (1.5 s), not one per Redis step.
    expect(Date.now() - started).toBeLessThan(4500);
    expect(await runCount(sha)).toBe(1);
    hanging.disconnect();
  });

  it('refuses names that make no branch before writing anything', async () => {
    const sha = newSha();

    await expect(requestHeal(deps(), pullRequestTrigger(sha, { team: '!!!' }))).rejects.toBeInstanceOf(BadInputError);

    expect(await runCount(sha)).toBe(0);
  });
});
