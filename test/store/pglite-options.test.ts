import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../src/store/db.ts';
import { PGLITE_SHARED_BUFFERS, pgliteConnection, pgliteOptions } from '../../src/store/pglite-options.ts';

async function sharedBuffers(db: Awaited<ReturnType<typeof openDatabase>>): Promise<string> {
  const { rows } = await db.raw<{ rows: Array<{ shared_buffers: string }> }>('SHOW shared_buffers');
  return rows[0].shared_buffers;
}

describe('pgliteOptions', () => {
  it('keeps PGlite default start parameters and appends the smaller shared_buffers', () => {
    const opts = pgliteOptions();

    expect(opts.startParams?.slice(0, PGlite.defaultStartParams.length)).toEqual(PGlite.defaultStartParams);
    expect(opts.startParams?.slice(-2)).toEqual(['-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`]);
    expect(opts.initDbStartParams).toEqual(['--set', `shared_buffers=${PGLITE_SHARED_BUFFERS}`]);
  });
});

describe('pgliteConnection', () => {
  it('builds one PGlite instance and returns it on every call', async () => {
    const provide = pgliteConnection(undefined);

    const first = provide().pglite;
    const second = provide().pglite;
    await first.close();

    expect(second).toBe(first);
  });
});

describe('openDatabase on PGlite runs with the smaller shared_buffers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-pglite-opts-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('on a new folder, in its postgresql.conf, and after a reopen', async () => {
    const pgliteDir = join(dir, 'db');

    const first = await openDatabase({ pgliteDir });
    const fresh = await sharedBuffers(first);
    await closeDatabase(first);
    const second = await openDatabase({ pgliteDir });
    const reopened = await sharedBuffers(second);
    await closeDatabase(second);
    const conf = await readFile(join(pgliteDir, 'postgresql.conf'), 'utf8');

    expect(fresh).toBe(PGLITE_SHARED_BUFFERS);
    expect(reopened).toBe(PGLITE_SHARED_BUFFERS);
    expect(conf).toMatch(new RegExp(`^shared_buffers = ${PGLITE_SHARED_BUFFERS}`, 'm'));
  });

  it('in memory when no folder is given', async () => {
    const db = await openDatabase({});

    const value = await sharedBuffers(db);
    await closeDatabase(db);

    expect(value).toBe(PGLITE_SHARED_BUFFERS);
  });
});
