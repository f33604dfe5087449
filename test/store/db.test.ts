import { readdirSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/store/db.ts';
import { getRun } from '../../src/store/queries/runs.ts';
import { openScratchDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { makeRun } from './factories.ts';

describe('openDatabase without a URL (PGlite)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-db-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder, migrates, and keeps the rows across a reopen', async () => {
    const pgliteDir = join(dir, '.rift', 'db');

    const first = await openDatabase({ pgliteDir });
    const run = await makeRun(first);
    const { rows } = await first.raw<{ rows: Array<{ id: string }> }>('SELECT gen_random_uuid()::text AS id');
    await closeDatabase(first);
    const second = await openDatabase({ pgliteDir });
    const again = await getRun(second, run.run_id);
    await closeDatabase(second);

    expect((await stat(pgliteDir)).isDirectory()).toBe(true);
    expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(again?.fingerprint).toBe(run.fingerprint);
  });

  it('works in memory when no folder is given', async () => {
    const db = await openDatabase({});

    const run = await makeRun(db);
    await closeDatabase(db);

    expect(run.status).toBe('queued');
  });
});

describe('openDatabase with a URL (PostgreSQL)', () => {
  let scratch: TestDatabase & { url: string };
  beforeAll(async () => {
    scratch = await openScratchDatabase();
  });
  afterAll(async () => {
    await scratch?.cleanup();
  });

  it('migrates an empty database, and a second open finds nothing to do', async () => {
    const first = await openDatabase({ databaseUrl: scratch.url });
    const second = await openDatabase({ databaseUrl: scratch.url });

    const [, applied] = await second.migrate.list();
    const run = await makeRun(second);
    await closeDatabase(first);
    await closeDatabase(second);

    expect(applied).toEqual([]);
    expect(run.run_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('migrates once when six processes open it at the same time', async () => {
    const other = await openScratchDatabase();

    const dbs = await Promise.all([1, 2, 3, 4, 5, 6].map(() => openDatabase({ databaseUrl: other.url })));
    const { rows } = await dbs[0].raw<{ rows: Array<{ count: string }> }>('SELECT count(*) FROM knex_migrations');
    await Promise.all(dbs.map(closeDatabase));
    await other.cleanup();

    // One row per migration file: each applied exactly once.
    expect(Number(rows[0].count)).toBe(readdirSync('migrations').length);
  });
});
