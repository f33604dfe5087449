// Short-lived facts the webhook edge keeps so that a delivery needs no GitHub call: the repository's
// rift.yml, a pull request's author. Redis shares them between processes; a few seconds' copy in the
// process spares the Redis round trip too while deliveries pour in. Only ever a cache: a Redis failure
// or timeout is a miss (or a lost write) and the caller asks GitHub, as it would without the cache.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { REDIS_STEP_TIMEOUT_MS, withTimeout } from './with-timeout.ts';

/** How long the process reuses a value without asking Redis. */
export const LOCAL_TTL_MS = 5_000;
/** Entries the process keeps at most (repositories and pull requests seen in the last seconds). */
export const LOCAL_MAX_ENTRIES = 10_000;

export interface EdgeCacheOptions {
  /** Prepended to every Redis key: tests (and installations sharing one Redis) keep theirs apart. */
  keyPrefix?: string;
  /** 0 turns the in-process copy off (LOCAL_TTL_MS by default). */
  localTtlMs?: number;
}

export interface EdgeCache {
  /** The stored JSON value, or undefined on a miss, an unreadable value or a Redis failure. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores the value for `ttlSecs` (the process copies it for at most LOCAL_TTL_MS); failures are logged. */
  set(key: string, value: unknown, ttlSecs: number): Promise<void>;
}

/** A cache over the edge's Redis client. */
export function createEdgeCache(redis: Redis, logger: Logger, opts: EdgeCacheOptions = {}): EdgeCache {
  const prefix = opts.keyPrefix ?? '';
  const local = localCopy(opts.localTtlMs ?? LOCAL_TTL_MS);
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const copy = local.get(key);
      if (copy !== undefined) return copy as T;
      try {
        const raw = await withTimeout(redis.get(prefix + key), REDIS_STEP_TIMEOUT_MS, 'Redis cache read');
        if (raw === null) return undefined;
        const value = JSON.parse(raw) as T;
        local.set(key, value, (ttlMs) => ttlMs);
        return value;
      } catch (err) {
        logger.warn({ err, key }, 'edge cache read failed; asking GitHub');
        return undefined;
      }
    },
    async set(key: string, value: unknown, ttlSecs: number): Promise<void> {
      if (ttlSecs <= 0) return;
      local.set(key, value, (ttlMs) => Math.min(ttlMs, ttlSecs * 1000));
      try {
        await withTimeout(redis.set(prefix + key, JSON.stringify(value), 'EX', ttlSecs), REDIS_STEP_TIMEOUT_MS, 'Redis cache write');
      } catch (err) {
        logger.warn({ err, key }, 'edge cache write failed');
      }
    },
  };
}

interface LocalCopy {
  get(key: string): unknown;
  /** `ttl` bounds the local lifetime (ms) given the configured one. */
  set(key: string, value: unknown, ttl: (localTtlMs: number) => number): void;
}

// A Map in insertion order: the oldest entry goes first when it is full.
function localCopy(ttlMs: number): LocalCopy {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires > Date.now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, ttl) {
      if (ttlMs <= 0) return;
      entries.delete(key);
      if (entries.size >= LOCAL_MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, { value, expires: Date.now() + ttl(ttlMs) });
    },
  };
}
