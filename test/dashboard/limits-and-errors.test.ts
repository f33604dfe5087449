// The per-IP rate limit (Redis `ratelimit:{ip}`, 429 with Retry-After) and the JSON error answers:
// unknown routes, and an internal error that tells the user nothing but is logged with the request id.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import knex from 'knex';
import { knexConfig } from '../../src/store/knex-config.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { adminUrl, urlForDatabase } from '../helpers/pg-admin.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { openDashboard, signIn, type DashboardWorld } from './harness.ts';

let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let limited: DashboardWorld;

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  limited = await openDashboard(scratch.db, { env: { RIFT_RATE_LIMIT: '3' } });
});

afterAll(async () => {
  await limited?.close();
  await scratch?.cleanup();
});

describe('rate limit per IP', () => {
  useStrictHttpMock();

  it('answers 429 JSON with Retry-After past the limit, counting in Redis under ratelimit:{ip}', async () => {
    const ip = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await limited.app.inject({ method: 'GET', url: '/api/me', remoteAddress: ip })).statusCode);

    const response = await limited.app.inject({ method: 'GET', url: '/login', remoteAddress: ip });

    expect(statuses).toEqual([401, 401, 401]);
    expect(response.statusCode).toBe(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(response.json()).toEqual({ error: { message: expect.stringMatching(/too many requests: retry in/) } });
    const key = `${limited.prefix}ratelimit:${ip}`;
    expect(Number(await limited.redis.get(key))).toBe(4);
    expect(await limited.redis.pttl(key)).toBeGreaterThan(0);
  });

  it('counts unknown routes too, and each IP on its own', async () => {
    for (let i = 0; i < 3; i += 1) await limited.app.inject({ method: 'GET', url: '/no/such/page', remoteAddress: '198.51.100.1' });

    const blocked = await limited.app.inject({ method: 'GET', url: '/no/such/page', remoteAddress: '198.51.100.1' });
    const other = await limited.app.inject({ method: 'GET', url: '/no/such/page', remoteAddress: '198.51.100.2' });

    expect(blocked.statusCode).toBe(429);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ error: { message: 'not found' } });
  });
});

describe('internal errors', () => {
  useStrictHttpMock();

  it('answers 500 "internal error" without a stack, and logs the error with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    // A database that does not exist: every query fails inside the handler.
    const quiet = { warn: () => undefined, error: () => undefined, debug: () => undefined, deprecate: () => undefined };
    const broken = knex({ ...knexConfig({ databaseUrl: urlForDatabase(adminUrl(), 'rift_no_such_database_for_dashboard_test') }), log: quiet });
    const world = await openDashboard(broken, { logger });
    try {
      const me = await signIn(world);

      const response = await world.app.inject({ method: 'GET', url: '/api/runs', headers: { cookie: me.cookie } });

      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body).toEqual({ error: { message: 'internal error', requestId: expect.any(String) } });
      expect(response.body).not.toMatch(/rift_no_such_database|stack|at .*\.ts/);
      const logged = lines.find((line) => line.msg === 'dashboard request failed');
      expect(logged).toMatchObject({ level: 50, reqId: body.error.requestId });
      expect(JSON.stringify(logged)).toMatch(/rift_no_such_database_for_dashboard_test/);
    } finally {
      await world.close();
      await broken.destroy();
    }
  });
});
