// The dashboard under test: built on a scratch PostgreSQL database and the machine's Redis under a key
// prefix of its own (removed at the end), with helpers to sign in and to read cookies off answers.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { buildDashboard } from '../../src/dashboard/app.ts';
import { readDashboardConfig, type DashboardConfig, type DashboardEnv } from '../../src/dashboard/config.ts';
import { dashboardKeys, type DashboardKeys } from '../../src/dashboard/keys.ts';
import type { LiveEventsOptions } from '../../src/dashboard/live-events.ts';
import { createSessionStore, type Viewer } from '../../src/dashboard/session.ts';
import type { LlmConfig } from '../../src/llm/index.ts';
import { silentLogger, type Logger } from '../../src/log.ts';

export const SESSION_SECRET = 'a-test-session-secret-of-forty-characters!';

/** The variables of a configured dashboard on github.com, served at `publicUrl`. */
export function dashboardEnv(overrides: DashboardEnv = {}): DashboardEnv {
  return {
    GITHUB_CLIENT_ID: 'Iv23liTestClientId',
    GITHUB_CLIENT_SECRET: 'test-client-secret-0123456789abcdef',
    RIFT_SESSION_SECRET: SESSION_SECRET,
    RIFT_PUBLIC_URL: 'https://rift.example.com',
    // High: only the rate-limit test should ever meet the limit.
    RIFT_RATE_LIMIT: '10000',
    ...overrides,
  };
}

export interface DashboardWorld {
  app: FastifyInstance;
  config: DashboardConfig;
  redis: Redis;
  keys: DashboardKeys;
  prefix: string;
  close(): Promise<void>;
}

export interface WorldOptions {
  env?: DashboardEnv;
  logger?: Logger;
  /** Where results.json and report.pdf are read from; none by default. */
  outputDir?: string;
  liveEvents?: Partial<LiveEventsOptions>;
  /** The models that phrase answers to questions; none by default. */
  llm?: LlmConfig;
}

/** A ready dashboard on `db`; close() removes every Redis key it wrote. */
export async function openDashboard(db: Knex, opts: WorldOptions = {}): Promise<DashboardWorld> {
  const config = readDashboardConfig(dashboardEnv(opts.env))!;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const prefix = `rift-test-${randomUUID().slice(0, 8)}:`;
  const app = await buildDashboard({
    config,
    db,
    redis,
    logger: opts.logger ?? silentLogger,
    keyPrefix: prefix,
    outputDir: opts.outputDir,
    liveEvents: opts.liveEvents,
    llm: opts.llm,
  });
  await app.ready();
  return {
    app,
    config,
    redis,
    keys: dashboardKeys(prefix),
    prefix,
    async close() {
      await app.close();
      const keys = await keysUnder(redis, prefix);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

/** Every key under the prefix. */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}*`, count: 200 })) found.push(...(batch as string[]));
  return found;
}

export interface SignedIn {
  viewer: Viewer;
  /** The Cookie header of the signed-in browser. */
  cookie: string;
}

/** A session as /auth/callback creates it, and the signed cookie naming it. */
export async function signIn(world: DashboardWorld, user: { login?: string; id?: number; token?: string; ttlSecs?: number } = {}): Promise<SignedIn> {
  const sessions = createSessionStore(world.redis, world.keys, world.config.sessionSecret);
  const viewer = await sessions.create(
    { login: user.login ?? 'octocat', id: user.id ?? 583231, token: user.token ?? `ghu_${randomUUID().replace(/-/g, '')}` },
    user.ttlSecs ?? 3600,
  );
  return { viewer, cookie: `rift_session=${world.app.signCookie(viewer.sessionId)}` };
}

/** The Set-Cookie lines of an answer. */
export function setCookies(response: LightMyRequestResponse): string[] {
  const header = response.headers['set-cookie'];
  if (header === undefined) return [];
  return Array.isArray(header) ? header : [header];
}

/** The Set-Cookie line of one cookie, or undefined. */
export function setCookie(response: LightMyRequestResponse, name: string): string | undefined {
  return setCookies(response).find((line) => line.startsWith(`${name}=`));
}

/** `name=value` of a Set-Cookie line, for the next request's Cookie header. */
export function cookiePair(line: string): string {
  return line.split(';')[0];
}
