// Creating and dropping throw-away databases on the test PostgreSQL (127.0.0.1:5432, or TEST_PG_URL).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The maintenance database URL the test databases are created from. */
export function adminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A database name unique to this process and call, e.g. rift_test_1234_9f2c1a0b. */
export function uniqueDatabaseName(prefix = `rift_test_${process.pid}`): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** The admin URL with its database swapped for `name`. */
export function urlForDatabase(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates an empty database and returns its URL. */
export async function createDatabase(admin: string, name: string): Promise<string> {
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  return urlForDatabase(admin, name);
}

/** Drops databases whose names start with `prefix` (the run's own and its scratch copies), connections and all. */
export async function dropDatabases(admin: string, prefix: string): Promise<void> {
  await withAdmin(admin, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

async function withAdmin<T>(admin: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
