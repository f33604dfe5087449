// The stores and processes the ingress bench runs against: a scratch PostgreSQL database, Redis under a
// BullMQ prefix of its own, the GitHub stub (as GitHub Enterprise) and the app's key and secret.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { createRunQueue, type RunJobData } from '../src/queue/index.ts';
import { closeDatabase, createKnex } from '../src/store/index.ts';
import type { Queue } from 'bullmq';
import { startGitHubStub, type GitHubStub } from '../test/helpers/github-stub-server.ts';
import { adminUrl, createDatabase, dropDatabases, uniqueDatabaseName } from '../test/helpers/pg-admin.ts';
import { spawnRift, type RiftProcess } from './ingress-process.ts';

export const BENCH_APP_ID = 4242;
export const BENCH_INSTALLATION_ID = 777;

export interface IngressWorld {
  stub: GitHubStub;
  /** The scratch database (migrated by the first rift process). */
  db: Knex;
  queue: Queue<RunJobData>;
  secret: string;
  /** A temp directory for outputs, work dirs and remotes. */
  dir: string;
  /** The environment of every rift process of this world. */
  env: Record<string, string>;
  /** Starts `rift <args>` in this world, with extra variables. */
  spawn(args: string[], extra?: Record<string, string>): RiftProcess;
  close(): Promise<void>;
}

/** Creates the world; PostgreSQL at TEST_PG_URL (else 127.0.0.1:5432) and Redis at REDIS_URL must answer. */
export async function openIngressWorld(): Promise<IngressWorld> {
  const admin = adminUrl();
  const dbName = uniqueDatabaseName('rift_bench_ingress');
  const databaseUrl = await createDatabase(admin, dbName);
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const prefix = `rift-bench-${randomBytes(4).toString('hex')}`;
  const stub = await startGitHubStub({ appId: BENCH_APP_ID, installationId: BENCH_INSTALLATION_ID });
  const dir = mkdtempSync(path.join(tmpdir(), 'rift-bench-ingress-'));
  const secret = randomBytes(16).toString('hex');
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const env: Record<string, string> = {
    APP_ID: String(BENCH_APP_ID),
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: secret,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    RIFT_QUEUE_PREFIX: prefix,
    PORT: '0',
    HOST: '127.0.0.1',
    OUTPUT_DIR: path.join(dir, 'outputs'),
    RIFT_WORK_DIR: path.join(dir, 'work'),
    LOG_LEVEL: 'info',
    ...stub.env,
  };
  if (process.env.RIFT_SANDBOX) env.RIFT_SANDBOX = process.env.RIFT_SANDBOX;
  const url = new URL(redisUrl);
  const queue = createRunQueue({ connection: { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null }, prefix });
  const db = createKnex({ databaseUrl });
  const children: RiftProcess[] = [];
  return {
    stub,
    db,
    queue,
    secret,
    dir,
    env,
    spawn(args, extra = {}) {
      const child = spawnRift(args, { ...env, ...extra }, dir);
      children.push(child);
      return child;
    },
    async close() {
      for (const child of children) child.kill();
      await Promise.all(children.map((c) => c.exited));
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      await closeDatabase(db);
      await stub.close();
      await dropDatabases(admin, dbName);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
