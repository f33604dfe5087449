// Knex settings for both back ends: PostgreSQL when a URL is given, else embedded PGlite.
import ClientPgLite from 'knex-pglite';
import type { Knex } from 'knex';
import { createMigrationSource } from './migration-source.ts';
import { pgliteConnection } from './pglite-options.ts';

export interface DatabaseOptions {
  /** postgres:// URL; when set, the real PostgreSQL is used. */
  databaseUrl?: string;
  /** Folder of the embedded PGlite database (the CLI passes `<cwd>/.rift/db`); in memory when absent. */
  pgliteDir?: string;
}

/** Knex config for the options: the 'pg' client for a URL, else the knex-pglite dialect. */
export function knexConfig(opts: DatabaseOptions): Knex.Config {
  const migrations: Knex.MigratorConfig = { migrationSource: createMigrationSource() };
  if (opts.databaseUrl) {
    return { client: 'pg', connection: opts.databaseUrl, pool: { min: 0, max: 10 }, migrations };
  }
  // knex-pglite pins the pool to one connection itself and refuses a pool setting. It builds PGlite with default
  // options from a filename, so the instance is passed in instead (its documented connection-function form).
  return {
    client: ClientPgLite,
    connection: pgliteConnection(opts.pgliteDir),
    migrations,
  } as Knex.Config;
}
