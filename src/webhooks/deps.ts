// What the webhook ingress needs from the process that runs it.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { RunJobData } from '../queue/index.ts';
import type { EdgeCache } from './edge-cache.ts';

export interface RiftAppDeps {
  db: Knex;
  /** Dedupe keys, the edge cache and CI wakes (publish only: a subscriber needs a connection of its own). */
  redis: Redis;
  queue: Queue<RunJobData>;
  logger: Logger;
  /** RIFT's own app id: its own check runs and pushes are never triggers. */
  appId: number;
  /** The edge cache's settings (edge-cache.ts); production takes the defaults. */
  edgeCache?: EdgeCacheSettings;
}

export interface EdgeCacheSettings {
  /** Prepended to the cache's keys (`config:{repo_id}`, `pull-author:...`): tests keep theirs apart. */
  keyPrefix?: string;
  /** Seconds rift.yml is reused (repo-settings.ts SETTINGS_TTL_SECS by default); 0 reads it every time. */
  settingsTtlSecs?: number;
  /** Milliseconds a process reuses a cached value without asking Redis (edge-cache.ts LOCAL_TTL_MS); 0: always ask. */
  localTtlMs?: number;
}

/** What each handler gets: the app's deps and the one edge cache of the app. */
export interface HandlerDeps extends RiftAppDeps {
  cache: EdgeCache;
}
