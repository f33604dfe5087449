// Databases for tests: the run's shared PostgreSQL database, scratch PostgreSQL databases, and PGlite in
// a temporary folder. Test files run in parallel on the shared one: use fresh rows, never truncate.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { inject } from 'vitest';
import { closeDatabase, createKnex, openDatabase } from '../../src/store/db.ts';
import { adminUrl, createDatabase, dropDatabases } from './pg-admin.ts';

export interface TestDatabase {
  db: Knex;
  /** Closes the connection(s) and removes what the helper created (not the shared database). */
  cleanup: () => Promise<void>;
}

export type Backend = 'postgres' | 'pglite';

/** URL of the run's migrated PostgreSQL test database; throws why when there is none. */
export function testDatabaseUrl(): string {
  const url = inject('databaseUrl');
  if (!url) throw new Error(inject('databaseError') || 'no test database: is test/helpers/global-setup.ts the globalSetup?');
  return url;
}

/** A knex on the run's shared, already migrated PostgreSQL database. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const db = createKnex({ databaseUrl: testDatabaseUrl() });
  return { db, cleanup: () => closeDatabase(db) };
}

/** A fresh, empty PostgreSQL database (not migrated unless asked), dropped by cleanup. */
export async function openScratchDatabase(opts: { migrate?: boolean } = {}): Promise<TestDatabase & { url: string }> {
  const admin = adminUrl();
  // Named after the shared database so the global teardown also drops it if cleanup never runs.
  const name = `${new URL(testDatabaseUrl()).pathname.slice(1)}_s${Math.random().toString(16).slice(2, 10)}`;
  const url = await createDatabase(admin, name);
  const db = opts.migrate ? await openDatabase({ databaseUrl: url }) : createKnex({ databaseUrl: url });
  return {
    db,
    url,
    cleanup: async () => {
      await closeDatabase(db);
      await dropDatabases(admin, name);
    },
  };
}

/** A migrated PGlite database in a temporary folder, removed by cleanup. */
export async function openTestPglite(): Promise<TestDatabase & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'rift-pglite-'));
  const db = await openDatabase({ pgliteDir: join(dir, 'db') });
  return {
    db,
    dir,
    cleanup: async () => {
      await closeDatabase(db);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated database of the given backend: the shared PostgreSQL one, or a private PGlite. */
export async function openBackend(backend: Backend): Promise<TestDatabase> {
  return backend === 'postgres' ? openTestDatabase() : openTestPglite();
}
