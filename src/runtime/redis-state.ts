// Runtime state in Redis under the keys of DESIGN.md section 4, each with its TTL.
import type { Redis } from 'ioredis';
import { EVENTS_TTL_SECS, RUN_TTL_SECS, type RunField, type RuntimeState } from './runtime-state.ts';

/** Runtime state over a Redis client the caller owns (close() does not quit it). */
export function createRedisState(redis: Redis): RuntimeState {
  return {
    async setField(runId: string, field: RunField, value: string | number) {
      await redis.set(`run:${runId}:${field}`, String(value), 'EX', RUN_TTL_SECS);
    },
    async getField(runId: string, field: RunField) {
      return redis.get(`run:${runId}:${field}`);
    },
    async addTelemetry(runId, values) {
      const key = `run:${runId}:telemetry`;
      await redis.multi().hset(key, values).expire(key, RUN_TTL_SECS).exec();
    },
    async pushEvent(runId, event) {
      const key = `events:${runId}`;
      await redis
        .multi()
        .rpush(key, JSON.stringify(event))
        .expire(key, EVENTS_TTL_SECS)
        .incr(`${key}:count`)
        .expire(`${key}:count`, EVENTS_TTL_SECS)
        .exec();
    },
    async readEvents(runId, from = 0) {
      const raw = await redis.lrange(`events:${runId}`, from, -1);
      return raw.map((item) => JSON.parse(item) as unknown);
    },
    async close() {},
  };
}
