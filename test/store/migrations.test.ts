// The migrations are reversible: all the way down leaves no table, and up again rebuilds them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { migrateLatest, migrateRollbackAll } from '../../src/store/migrate.ts';
import { openScratchDatabase, openTestPglite, type Backend, type TestDatabase } from '../helpers/test-db.ts';

// The six tables of the spec and the optional knowledge base (fix_patterns).
const TABLES = ['benchmark_scores', 'ci_events', 'execution_traces', 'fix_patterns', 'fixes', 'runs', 'strategy_weights'];

async function tables(db: Knex): Promise<string[]> {
  const { rows } = await db.raw<{ rows: Array<{ table_name: string }> }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_name NOT LIKE 'knex_%' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe.each<Backend>(['postgres', 'pglite'])('migrations on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    // A database of its own: going down would pull the tables from under the other test files.
    test = backend === 'postgres' ? await openScratchDatabase({ migrate: true }) : await openTestPglite();
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('starts with every table and nothing pending', async () => {
    const pending = await migrateLatest(test.db);

    expect(pending).toEqual([]);
    expect(await tables(test.db)).toEqual(TABLES);
    expect(await riftFunctions(test.db)).toEqual(['rift_claim_run']);
  });

  it('goes all the way down, dropping every table, then up again', async () => {
    const reverted = await migrateRollbackAll(test.db);
    const afterDown = await tables(test.db);
    const applied = await migrateLatest(test.db);
    const afterUp = await tables(test.db);

    expect(reverted).toHaveLength(8);
    expect(afterDown).toEqual([]);
    expect(applied).toEqual([
      '20261126000001_create_runs.ts',
      '20261126000002_create_fixes.ts',
      '20261126000003_create_ci_events.ts',
      '20261126000004_create_execution_traces.ts',
      '20261126000005_create_strategy_weights.ts',
      '20261126000006_create_benchmark_scores.ts',
      '20261126000007_create_fix_patterns.ts',
      '20261126000008_create_claim_run_function.ts',
    ]);
    expect(afterUp).toEqual(TABLES);
  });

  it('leaves no index and no function behind when it goes down', async () => {
    await migrateRollbackAll(test.db);

    const { rows } = await test.db.raw<{ rows: Array<{ indexname: string }> }>(
      "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE 'knex_%'",
    );
    const functions = await riftFunctions(test.db);
    await migrateLatest(test.db);

    expect(rows).toEqual([]);
    expect(functions).toEqual([]);
  });
});

// RIFT's own SQL functions in the current schema.
async function riftFunctions(db: Knex): Promise<string[]> {
  const { rows } = await db.raw<{ rows: Array<{ proname: string }> }>(
    "SELECT proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace AND proname LIKE 'rift\\_%' ORDER BY proname",
  );
  return rows.map((r) => r.proname);
}
