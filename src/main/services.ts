// What a server process opens from its environment: PostgreSQL (migrated), two Redis clients, the
// runtime state, the sandbox and the two queues. `close` releases them in the reverse order.
import { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Queue } from 'bullmq';
import type { RiftEnv, ServerStores } from '../config/env.ts';
import { createSandbox, type Sandbox } from '../heal/sandbox/index.ts';
import type { Logger } from '../log.ts';
import { createRunQueue, type RunJobData } from '../queue/index.ts';
import { createPdfQueue, type PdfJobData } from '../queue/pdf-export.ts';
import { createRedisState } from '../runtime/redis-state.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { closeDatabase, openDatabase } from '../store/index.ts';

export interface ServerServices {
  db: Knex;
  /**
   * Fails a command after one retry: the webhook edge answers GitHub quickly even when Redis is down
   * (PostgreSQL holds the run; the reconciler enqueues it later). Also the health check's client.
   */
  edgeRedis: Redis;
  /** Retries for ever (maxRetriesPerRequest null, as BullMQ workers require): jobs wait out an outage. */
  redis: Redis;
  runtime: RuntimeState;
  sandbox: Sandbox;
  /** `agent-runs` on the edge client: the webhook handler's enqueue and the reconciler. */
  runQueue: Queue<RunJobData>;
  /** `pdf-export`, on the worker client. */
  pdfQueue: Queue<PdfJobData>;
  close(): Promise<void>;
}

export interface OpenServicesOptions {
  logger: Logger;
  /** The process environment, for the sandbox (which scrubs it). */
  hostEnv: NodeJS.ProcessEnv;
}

/** Opens everything a `rift serve`/`rift worker` process shares between its parts. */
export async function openServerServices(env: RiftEnv, stores: ServerStores, opts: OpenServicesOptions): Promise<ServerServices> {
  const { logger } = opts;
  const db = await openDatabase({ databaseUrl: stores.databaseUrl });
  const edgeRedis = new Redis(stores.redisUrl, { maxRetriesPerRequest: 1 });
  const redis = new Redis(stores.redisUrl, { maxRetriesPerRequest: null });
  // ioredis reconnects by itself; without listeners an outage would be an unhandled 'error' event.
  edgeRedis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  redis.on('error', (err) => logger.warn({ err }, 'redis connection error'));
  const prefix = env.RIFT_QUEUE_PREFIX;
  const runQueue = createRunQueue({ connection: edgeRedis, prefix });
  const pdfQueue = createPdfQueue({ connection: redis, prefix });
  const closeStores = async (): Promise<void> => {
    await runQueue.close();
    await pdfQueue.close();
    await Promise.all([edgeRedis.quit(), redis.quit()]);
    await closeDatabase(db);
  };
  let sandbox: Sandbox;
  try {
    sandbox = await createSandbox({ env: opts.hostEnv, logger, prefer: env.RIFT_SANDBOX });
  } catch (err) {
    // RIFT_SANDBOX=bwrap where bubblewrap cannot run: nothing may stay open behind the error.
    await closeStores();
    throw err;
  }
  const runtime = createRedisState(redis);
  return {
    db,
    edgeRedis,
    redis,
    runtime,
    sandbox,
    runQueue,
    pdfQueue,
    async close() {
      await runtime.close();
      await closeStores();
    },
  };
}
