import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { createRedisState } from '../../src/runtime/redis-state.ts';
import { EVENTS_TTL_SECS, RUN_TTL_SECS, type RuntimeState } from '../../src/runtime/runtime-state.ts';

// Every run id of this test run starts with this, so its keys are its own and removed at the end.
const TEST_RUN = `rift-test-${randomUUID()}`;
let counter = 0;
const newRunId = (): string => `${TEST_RUN}-${(counter += 1)}`;

let redis: Redis;

beforeAll(() => {
  redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  for (const pattern of [`run:${TEST_RUN}-*`, `events:${TEST_RUN}-*`]) {
    const keys = await redis.keys(pattern);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

describe.each([
  ['memory', (): RuntimeState => createMemoryState()],
  ['redis', (): RuntimeState => createRedisState(redis)],
])('%s runtime state', (_name, open) => {
  it('stores a field as a string and reads it back', async () => {
    const state = open();
    const runId = newRunId();

    await state.setField(runId, 'status', 'running');
    await state.setField(runId, 'iteration', 2);

    expect(await state.getField(runId, 'status')).toBe('running');
    expect(await state.getField(runId, 'iteration')).toBe('2');
  });

  it('replaces a field on a second set', async () => {
    const state = open();
    const runId = newRunId();

    await state.setField(runId, 'current_node', 'baseline');
    await state.setField(runId, 'current_node', 'fix_round');

    expect(await state.getField(runId, 'current_node')).toBe('fix_round');
  });

  it('reads null for a field never set and keeps runs apart', async () => {
    const state = open();
    const runA = newRunId();
    const runB = newRunId();

    await state.setField(runA, 'score', 110);

    expect(await state.getField(runA, 'commit_count')).toBeNull();
    expect(await state.getField(runB, 'score')).toBeNull();
  });

  it('returns events in order, from an index on', async () => {
    const state = open();
    const runId = newRunId();

    await state.pushEvent(runId, { step: 0, label: 'start' });
    await state.pushEvent(runId, { step: 1, label: 'baseline' });
    await state.pushEvent(runId, { step: 2, label: 'fix' });

    expect(await state.readEvents(runId)).toEqual([
      { step: 0, label: 'start' },
      { step: 1, label: 'baseline' },
      { step: 2, label: 'fix' },
    ]);
    expect(await state.readEvents(runId, 2)).toEqual([{ step: 2, label: 'fix' }]);
    expect(await state.readEvents(runId, 5)).toEqual([]);
  });

  it('has no events for an unknown run', async () => {
    const state = open();

    const events = await state.readEvents(newRunId());

    expect(events).toEqual([]);
  });

  it('accepts telemetry and closes without error', async () => {
    const state = open();
    const runId = newRunId();

    await state.addTelemetry(runId, { checks: 3, sandbox: 'bwrap' });
    await state.addTelemetry(runId, { checks: 4 });

    await expect(state.close()).resolves.toBeUndefined();
  });
});

describe('redis runtime state keys', () => {
  it('writes run:{id}:{field} with a TTL of about 2 h', async () => {
    const state = createRedisState(redis);
    const runId = newRunId();

    await state.setField(runId, 'status', 'running');

    const ttl = await redis.ttl(`run:${runId}:status`);
    expect(RUN_TTL_SECS).toBe(7200);
    expect(ttl).toBeGreaterThan(7200 - 60);
    expect(ttl).toBeLessThanOrEqual(7200);
  });

  it('keeps telemetry in the run:{id}:telemetry hash, merged, with a TTL of about 2 h', async () => {
    const state = createRedisState(redis);
    const runId = newRunId();

    await state.addTelemetry(runId, { checks: 3, sandbox: 'bwrap' });
    await state.addTelemetry(runId, { checks: 4 });

    expect(await redis.hgetall(`run:${runId}:telemetry`)).toEqual({ checks: '4', sandbox: 'bwrap' });
    const ttl = await redis.ttl(`run:${runId}:telemetry`);
    expect(ttl).toBeGreaterThan(7200 - 60);
    expect(ttl).toBeLessThanOrEqual(7200);
  });

  it('keeps events in the events:{id} list and counts them in events:{id}:count, both with a TTL of about 30 min', async () => {
    const state = createRedisState(redis);
    const runId = newRunId();

    await state.pushEvent(runId, { step: 0 });
    await state.pushEvent(runId, { step: 1 });

    expect(EVENTS_TTL_SECS).toBe(1800);
    expect(await redis.lrange(`events:${runId}`, 0, -1)).toEqual(['{"step":0}', '{"step":1}']);
    expect(await redis.get(`events:${runId}:count`)).toBe('2');
    for (const key of [`events:${runId}`, `events:${runId}:count`]) {
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(1800 - 60);
      expect(ttl).toBeLessThanOrEqual(1800);
    }
  });

  it('leaves the client open on close, since the caller owns it', async () => {
    const state = createRedisState(redis);

    await state.close();

    expect(await redis.ping()).toBe('PONG');
  });
});
