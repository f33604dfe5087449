// `rift serve` with the dashboard mounted, through its real node:http server: webhooks still reach
// Probot (even at the default path under /api), /healthz still answers, every other request is the
// dashboard's; without sign-in configured there is no dashboard.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { silentLogger } from '../../src/log.ts';
import { startServer, type RunningProcess } from '../../src/main/server.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { signedWebhook } from '../helpers/probot.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { uniquePrefix } from '../queue/redis.ts';
import { dashboardEnv, keysUnder } from './harness.ts';

const SECRET = `secret-${randomBytes(8).toString('hex')}`;
const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = uniquePrefix();
const redis = new Redis(REDIS_URL);
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let withDashboard: RunningProcess;
let withoutDashboard: RunningProcess;

const serverEnv = (extra: Record<string, string | undefined>) =>
  readEnv({
    APP_ID: '4242',
    PRIVATE_KEY: PEM,
    WEBHOOK_SECRET: SECRET,
    DATABASE_URL: scratch.url,
    REDIS_URL,
    RIFT_QUEUE_PREFIX: prefix,
    PORT: '0',
    HOST: '127.0.0.1',
    RIFT_SANDBOX: 'none',
    ...extra,
  });

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  const dashboard = { ...dashboardEnv(), RIFT_PUBLIC_URL: 'http://127.0.0.1:3000' } as Record<string, string | undefined>;
  withDashboard = await startServer(serverEnv(dashboard), { logger: silentLogger, workers: false });
  withoutDashboard = await startServer(serverEnv({}), { logger: silentLogger, workers: false });
});

afterAll(async () => {
  await withDashboard?.close();
  await withoutDashboard?.close();
  const keys = await keysUnder(redis, `${prefix}:`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await scratch?.cleanup();
});

const url = (server: RunningProcess, path: string) => `http://127.0.0.1:${server.port}${path}`;

/** A `ping` delivery (GitHub sends one when the webhook is created), signed with `secret`. */
function ping(server: RunningProcess, secret = SECRET, path = '/api/github/webhooks') {
  const webhook = signedWebhook(secret, 'ping', { zen: 'Keep it logically awesome.', hook_id: 109948940, hook: { type: 'App', id: 109948940, active: true, events: ['check_run'], app_id: 4242 } });
  return fetch(url(server, path), { method: 'POST', headers: webhook.headers, body: webhook.body });
}

describe('rift serve with the dashboard mounted', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('still hands a signed webhook to Probot, which answers 200', async () => {
    const response = await ping(withDashboard);

    expect(response.status).toBe(200);
  });

  it('still refuses a wrongly signed webhook (Probot’s 400, not the dashboard’s sign-in)', async () => {
    const response = await ping(withDashboard, 'not-the-secret');

    expect(response.status).toBe(400);
  });

  it.each(['/api/github/webhooks?source=github', '/api/github/webhooks/'])('takes the webhook path as Probot does: %s', async (path) => {
    const response = await ping(withDashboard, SECRET, path);

    expect(response.status).toBe(200);
  });

  it('answers GET /healthz as before', async () => {
    const response = await fetch(url(withDashboard, '/healthz'));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });

  it('answers an unknown path with the dashboard’s rate-limited JSON 404', async () => {
    const response = await fetch(url(withDashboard, '/no/such/page'));

    expect(response.status).toBe(404);
    expect(response.headers.get('x-ratelimit-limit')).toBe('10000');
    expect(await response.json()).toEqual({ error: { message: 'not found' } });
  });

  it('serves sign-in and the API, rate-limited under the installation’s key prefix', async () => {
    const login = await fetch(url(withDashboard, '/login'), { redirect: 'manual' });
    const runs = await fetch(url(withDashboard, '/api/runs'));

    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toMatch(/^https:\/\/github\.com\/login\/oauth\/authorize\?/);
    expect(runs.status).toBe(401);
    expect(await redis.exists(`${prefix}:ratelimit:127.0.0.1`)).toBe(1);
  });
});

describe('rift serve without sign-in configured', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('serves webhooks and answers everything else with a JSON 404', async () => {
    const webhook = await ping(withoutDashboard);
    const login = await fetch(url(withoutDashboard, '/login'), { redirect: 'manual' });

    expect(webhook.status).toBe(200);
    expect(login.status).toBe(404);
    expect(login.headers.get('x-ratelimit-limit')).toBeNull();
    expect(await login.json()).toEqual({ error: { message: 'not found' } });
  });
});
