import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthHandler } from '../../src/main/health.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';

let database: TestDatabase;
const up = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
// Nothing listens on port 1: every command fails at once.
const down = new Redis({ port: 1, maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
down.on('error', () => undefined);

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  up.disconnect();
  down.disconnect();
  await database.cleanup();
});

/** Serves the handler on 127.0.0.1 and GETs `path`; null when the handler passed the request on. */
async function get(redis: Redis, path: string): Promise<{ status: number; body: unknown } | null> {
  const handler = healthHandler({ db: database.db, redis });
  let passed = false;
  const server: Server = createServer((req, res) => {
    void handler(req, res).then((handled) => {
      if (!handled) {
        passed = true;
        res.writeHead(418).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
  const text = await response.text();
  await new Promise((resolve) => server.close(resolve));
  return passed ? null : { status: response.status, body: JSON.parse(text) };
}

describe('GET /healthz', () => {
  it('says ok when PostgreSQL and Redis answer', async () => {
    expect(await get(up, '/healthz')).toEqual({ status: 200, body: { status: 'ok', postgres: 'ok', redis: 'ok' } });
  });

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const answer = await get(down, '/healthz');

    expect(answer?.status).toBe(503);
    expect(answer?.body).toMatchObject({ status: 'unavailable', postgres: 'ok' });
    expect((answer?.body as { redis: string }).redis).not.toBe('ok');
  });

  it('leaves every other request to the next handler', async () => {
    expect(await get(up, '/api/github/webhooks')).toBeNull();
  });
});
