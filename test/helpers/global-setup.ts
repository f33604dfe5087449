// Vitest global set-up: a PostgreSQL database of this test run's own, migrated once, its URL handed
// to the test files through provide('databaseUrl'), dropped (WITH (FORCE)) at the end.
import type { TestProject } from 'vitest/node';
import { closeDatabase, openDatabase } from '../../src/store/db.ts';
import { adminUrl, createDatabase, dropDatabases, uniqueDatabaseName } from './pg-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the run's migrated test database; '' when PostgreSQL could not be reached. */
    databaseUrl: string;
    /** Why databaseUrl is empty. */
    databaseError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const admin = adminUrl();
  const name = uniqueDatabaseName();
  try {
    const url = await createDatabase(admin, name);
    // Migrated once here: test files share the database and must not race on the migration lock.
    await closeDatabase(await openDatabase({ databaseUrl: url }));
    project.provide('databaseUrl', url);
    project.provide('databaseError', '');
  } catch (err) {
    // Tests that need PostgreSQL fail with this reason; the others still run.
    project.provide('databaseUrl', '');
    project.provide('databaseError', `PostgreSQL test database unavailable at ${admin}: ${(err as Error).message}`);
  }
  return async () => {
    await dropDatabases(admin, name).catch(() => undefined);
  };
}
