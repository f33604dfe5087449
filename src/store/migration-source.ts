// Loads the migrations of migrations/ through our own import(), not knex's: knex imports files
// natively, which cannot read TypeScript under vitest, while our import() goes through tsx/vitest.
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Knex } from 'knex';

/** The folder of the timestamped migrations. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const MIGRATION_FILE = /^\d{14}_[a-z0-9_]+\.(ts|js)$/;

/** One migration file; the same shape as knex's own source, which its CLI prints. */
export interface MigrationFile {
  file: string;
  directory: string;
}

/** A knex migration source over MIGRATIONS_DIR; names are the file names, as knex's own source records them. */
export function createMigrationSource(directory: string = MIGRATIONS_DIR): Knex.MigrationSource<MigrationFile> {
  return {
    async getMigrations() {
      const files = await readdir(directory);
      return files
        .filter((file) => MIGRATION_FILE.test(file))
        .sort()
        .map((file) => ({ file, directory }));
    },
    getMigrationName(migration) {
      return migration.file;
    },
    async getMigration(migration) {
      return (await import(pathToFileURL(join(migration.directory, migration.file)).href)) as Knex.Migration;
    },
  };
}
