// Opens what a CLI run needs from its environment: the database (PostgreSQL with DATABASE_URL, else
// the embedded PGlite in .rift/db), the runtime state (Redis with REDIS_URL, else memory) and the sandbox.
import path from 'node:path';
import type { Knex } from 'knex';
import { Redis } from 'ioredis';
import type { RiftEnv } from '../config/env.ts';
import type { Logger } from '../log.ts';
import { createMemoryState } from '../runtime/memory-state.ts';
import { createRedisState } from '../runtime/redis-state.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { createSandbox, type Sandbox } from '../heal/sandbox/index.ts';
import { closeDatabase, openDatabase } from '../store/index.ts';
import { kbEnabled } from '../heal/fix/kb/kb-flag.ts';
import { storeKnowledgeBase } from '../heal/fix/kb/store-knowledge-base.ts';
import type { KnowledgeBase } from '../heal/fix/kb/types.ts';
import { readLlmConfig, type LlmConfig } from '../llm/index.ts';

export interface CliServices {
  db: Knex;
  runtime: RuntimeState;
  sandbox: Sandbox;
  /** The knowledge base of confirmed fixes, when RIFT_KB (or its default) turns it on. */
  knowledgeBase?: KnowledgeBase;
  /** The models for the LLM strategies (LLM_PROVIDER...), null when none is configured. */
  llm: LlmConfig | null;
  /** Where the database lives, for the user: a URL without credentials or the PGlite folder. */
  databaseLabel: string;
  close(): Promise<void>;
}

/** Opens the services for one CLI command; `close` releases all of them. */
export async function openCliServices(env: RiftEnv, cwd: string, logger: Logger, hostEnv: NodeJS.ProcessEnv): Promise<CliServices> {
  const pgliteDir = path.join(cwd, '.rift', 'db');
  // Checked first: a bad RIFT_KB or LLM_* setting is refused before anything is opened.
  const withKb = kbEnabled(hostEnv, { embedded: !env.DATABASE_URL });
  const llm = readLlmConfig(hostEnv);
  const db = await openDatabase(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { pgliteDir });
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false }) : null;
  const runtime = redis ? createRedisState(redis) : createMemoryState();
  const sandbox = await createSandbox({ env: hostEnv, logger, prefer: env.RIFT_SANDBOX });
  return {
    db,
    runtime,
    sandbox,
    ...(withKb ? { knowledgeBase: storeKnowledgeBase(db) } : {}),
    llm,
    databaseLabel: env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${pgliteDir}`,
    async close() {
      await runtime.close();
      if (redis) await redis.quit();
      await closeDatabase(db);
    },
  };
}
