// The dashboard's server core: a fastify instance with signed cookies, a per-IP rate limit on every
// route (Redis, `ratelimit:{ip}`), CSRF protection for POSTs, JSON errors, and the route modules:
// sign-in (/login, /auth/callback, /logout), the JSON API (/api/*) and the pages (/, /runs/:id,
// /runs/:id/replay, /static/*). `rift serve` hands it every
// request that is not a webhook or /healthz (src/main/server.ts).
import type { DashboardContext } from './context.ts';
import type { LlmConfig } from '../llm/index.ts';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrfProtection from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from '../log.ts';
import { createAccessChecker } from './access.ts';
import type { DashboardConfig } from './config.ts';
import { CSRF_COOKIE, csrfCookieOptions } from './cookies.ts';
import { registerErrorReplies } from './error-replies.ts';
import { HttpError } from './http-error.ts';
import { dashboardKeys } from './keys.ts';
import { DEFAULT_LIVE_EVENTS, type LiveEventsOptions } from './live-events.ts';
import { loadPageFiles } from './page-files.ts';
import { apiRoutes } from './routes/api-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { pageRoutes } from './routes/page-routes.ts';
import type { StartRunDeps } from './routes/start-run-routes.ts';
import { createSessionStore } from './session.ts';

export interface DashboardDeps {
  config: DashboardConfig;
  db: Knex;
  /** Sessions, the access cache and the rate limit; a client that fails fast suits request handling. */
  redis: Redis;
  logger: Logger;
  /** Before every Redis key ('' in production, giving DESIGN.md's `session:{id}` and `ratelimit:{ip}`). */
  keyPrefix?: string;
  /** The models for answers to questions (readLlmConfig); absent or null: retrieval alone. */
  llm?: LlmConfig | null;
  /** OUTPUT_DIR, resolved: where results.json and report.pdf are read from; absent: they are not served. */
  outputDir?: string | null;
  /** The live events' list prefix and timings (defaults: no prefix, as the runtime state writes; 500 ms; 15 s). */
  liveEvents?: Partial<LiveEventsOptions>;
  /** POST /api/runs: the run queue and RIFT's GitHub App (src/main/server.ts); absent: starting runs is off. */
  startRun?: StartRunDeps | null;
}

/** Builds the dashboard (not listening: serve it with `await app.ready()` then `app.routing(req, res)`). */
export async function buildDashboard(deps: DashboardDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const keys = dashboardKeys(deps.keyPrefix);
  const app = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    // No access log per request: errors are logged where they are answered (error-replies.ts).
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
  });
  app.decorateRequest('viewer', null);
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyFormbody);
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    redis: deps.redis,
    nameSpace: keys.rateLimitNamespace,
    errorResponseBuilder: (_request, context) => new HttpError(context.statusCode, `too many requests: retry in ${context.after}`),
  });
  await app.register(fastifyCsrfProtection, { cookieKey: CSRF_COOKIE, cookieOpts: csrfCookieOptions(config) });
  registerErrorReplies(app);

  const sessions = createSessionStore(deps.redis, keys, config.sessionSecret);
  const access = createAccessChecker({ redis: deps.redis, keys, sessions, github: config.github, logger: deps.logger });
  const ctx: DashboardContext = {
    config,
    db: deps.db,
    logger: deps.logger,
    sessions,
    access,
    visibleRuns: { db: deps.db, access, webOrigin: config.webOrigin },
    llm: deps.llm ?? null,
    startRun: deps.startRun ?? null,
    live: { redis: deps.redis, options: { ...DEFAULT_LIVE_EVENTS, ...deps.liveEvents } },
    outputDir: deps.outputDir ?? null,
  };
  await app.register(authRoutes(ctx));
  await app.register(apiRoutes(ctx), { prefix: '/api' });
  await app.register(pageRoutes(await loadPageFiles()));
  return app;
}
