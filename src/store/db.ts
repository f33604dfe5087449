// Opens the system of record: PostgreSQL with DATABASE_URL, else PGlite in a folder, always migrated.
import { mkdir } from 'node:fs/promises';
import knex, { type Knex } from 'knex';
import { knexConfig, type DatabaseOptions } from './knex-config.ts';
import { migrateLatest } from './migrate.ts';

export type { DatabaseOptions };

/** A knex instance for the options, not migrated and not yet connected. */
export function createKnex(opts: DatabaseOptions): Knex {
  return knex(knexConfig(opts));
}

/** A migrated knex instance: PostgreSQL when databaseUrl is set, else PGlite in pgliteDir (created). */
export async function openDatabase(opts: DatabaseOptions): Promise<Knex> {
  if (!opts.databaseUrl && opts.pgliteDir) await mkdir(opts.pgliteDir, { recursive: true });
  const db = createKnex(opts);
  try {
    await migrateLatest(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

/** Closes the pool (PostgreSQL) or shuts the embedded database down (PGlite). */
export async function closeDatabase(db: Knex): Promise<void> {
  await db.destroy();
}
