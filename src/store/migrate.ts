// Runs the schema migrations from code (the knex CLI cannot load TypeScript in an ES-module project).
import pg from 'pg';
import type { Knex } from 'knex';
import { createMigrationSource } from './migration-source.ts';

// Any constant works; it only has to be the same in every RIFT process on one database.
const MIGRATION_LOCK_KEY = 7_245_001_311;

/** Applies every pending migration; returns the names applied. Processes starting together take turns. */
export async function migrateLatest(db: Knex): Promise<string[]> {
  return withMigrationLock(db, async () => {
    const [, applied] = (await db.migrate.latest({ migrationSource: createMigrationSource() })) as [number, string[]];
    return applied;
  });
}

/** Reverts every applied migration (all batches); for tests and tear-down, never the app. */
export async function migrateRollbackAll(db: Knex): Promise<string[]> {
  return withMigrationLock(db, async () => {
    const [, reverted] = (await db.migrate.rollback({ migrationSource: createMigrationSource() }, true)) as [
      number,
      string[],
    ];
    return reverted;
  });
}

// knex's own lock cannot guard the creation of its lock table: two processes migrating a fresh
// database both create it and can leave it locked for good. A session advisory lock, held on a
// connection of its own, serialises them first. PGlite has one connection and needs none.
async function withMigrationLock<T>(db: Knex, work: () => Promise<T>): Promise<T> {
  const { client, connection } = db.client.config as Knex.Config;
  if (client !== 'pg') return work();
  const locker = new pg.Client(typeof connection === 'string' ? { connectionString: connection } : (connection as pg.ClientConfig));
  await locker.connect();
  try {
    await locker.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock even if the unlock query fails.
    await locker.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await locker.end();
  }
}
