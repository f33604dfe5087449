// Short-lived facts the webhook edge keeps in Redis so that a delivery needs no GitHub call: the
// repository's rift.yml, a pull request's author. Only ever a cache: a Redis failure or timeout is a
// miss (or a lost write) and the caller asks GitHub, as it would without the cache.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { REDIS_STEP_TIMEOUT_MS, withTimeout } from './with-timeout.ts';

export interface EdgeCacheOptions {
  /** Prepended to every key: tests (and installations sharing one Redis) keep theirs apart. */
  keyPrefix?: string;
}

export interface EdgeCache {
  /** The stored JSON value, or undefined on a miss, an unreadable value or a Redis failure. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores the value for `ttlSecs`; a failure is logged and forgotten. */
  set(key: string, value: unknown, ttlSecs: number): Promise<void>;
}

/** A cache over the edge's Redis client. */
export function createEdgeCache(redis: Redis, logger: Logger, opts: EdgeCacheOptions = {}): EdgeCache {
  const prefix = opts.keyPrefix ?? '';
  return {
    async get<T>(key: string): Promise<T | undefined> {
      try {
        const raw = await withTimeout(redis.get(prefix + key), REDIS_STEP_TIMEOUT_MS, 'Redis cache read');
        return raw === null ? undefined : (JSON.parse(raw) as T);
      } catch (err) {
        logger.warn({ err, key }, 'edge cache read failed; asking GitHub');
        return undefined;
      }
    },
    async set(key: string, value: unknown, ttlSecs: number): Promise<void> {
      if (ttlSecs <= 0) return;
      try {
        await withTimeout(redis.set(prefix + key, JSON.stringify(value), 'EX', ttlSecs), REDIS_STEP_TIMEOUT_MS, 'Redis cache write');
      } catch (err) {
        logger.warn({ err, key }, 'edge cache write failed');
      }
    },
  };
}
