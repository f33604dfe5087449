// Runs the schema migrations from code (the knex CLI cannot load TypeScript in an ES-module project).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { createMigrationSource } from './migration-source.ts';

export interface MigrateOptions {
  /** Tries before giving up while another process holds the migration lock. */
  attempts?: number;
  /** Wait between tries, in milliseconds. */
  delayMs?: number;
}

/** Applies every pending migration; returns the names applied. Waits for other processes migrating. */
export async function migrateLatest(db: Knex, opts: MigrateOptions = {}): Promise<string[]> {
  const attempts = opts.attempts ?? 40;
  for (let attempt = 1; ; attempt++) {
    try {
      const [, applied] = (await db.migrate.latest({ migrationSource: createMigrationSource() })) as [number, string[]];
      return applied;
    } catch (err) {
      // Workers starting together race for knex's lock table; the losers wait and find the work done.
      if (attempt >= attempts || !isMigrationRace(err)) throw err;
      await sleep(opts.delayMs ?? 250);
    }
  }
}

/** Reverts every applied migration (all batches); for tests and tear-down, never the app. */
export async function migrateRollbackAll(db: Knex): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback({ migrationSource: createMigrationSource() }, true)) as [
    number,
    string[],
  ];
  return reverted;
}

// MigrationLocked: another process is migrating. 42P07/23505: both created knex's bookkeeping tables at once.
function isMigrationRace(err: unknown): boolean {
  const { name, code } = err as { name?: string; code?: string };
  return name === 'MigrationLocked' || code === '42P07' || code === '23505';
}
