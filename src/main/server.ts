// The two server processes. `rift serve`: the webhook server (Probot + RIFT's app at WEBHOOK_PATH,
// GET /healthz, the dashboard when sign-in is configured) and, by default, a run worker and the pdf
// worker in the same process. `rift worker`:
// the workers alone; start any number, on any machines, sharing one PostgreSQL and one Redis.
// Both run the reconciler. Wiring only: each part lives in its own module.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createNodeMiddleware, type Probot } from 'probot';
import { requireServerStores, type RiftEnv } from '../config/env.ts';
import { buildDashboard } from '../dashboard/app.ts';
import { readDashboardConfig, type DashboardConfig } from '../dashboard/config.ts';
import { readLlmConfig, type LlmConfig } from '../llm/index.ts';
import type { Logger } from '../log.ts';
import { QUEUE_PREFIX, type Closer } from '../queue/index.ts';
import { createRiftApp } from '../webhooks/app.ts';
import { createAppProbot } from './app-probot.ts';
import { healthHandler } from './health.ts';
import { createHttpHandler } from './http-dispatch.ts';
import { startReconcileLoop } from './reconcile-loop.ts';
import { openServerServices, type ServerServices } from './services.ts';
import { startProcessWorkers } from './workers.ts';
import { startRunDeps } from './start-run-deps.ts';

export interface ProcessOptions {
  logger: Logger;
  /** The process environment (for the sandbox and the work directory); process.env by default. */
  hostEnv?: NodeJS.ProcessEnv;
  /** Reconciler period; one minute by default. */
  reconcileIntervalMs?: number;
}

export interface ServeOptions extends ProcessOptions {
  /** Run a run worker and the pdf worker in this process (default); false for a webhook-only front. */
  workers?: boolean;
}

export interface WorkerOptions extends ProcessOptions {
  /** Runs this process heals at once; RIFT_WORKER_CONCURRENCY by default. */
  concurrency?: number;
}

export interface RunningProcess extends Closer {
  /** The HTTP port (`rift serve` only). */
  port?: number;
}

/** Starts `rift serve`; resolves once it listens. Bad configuration is a BadInputError. */
export async function startServer(env: RiftEnv, opts: ServeOptions): Promise<RunningProcess> {
  const { logger } = opts;
  const hostEnv = opts.hostEnv ?? process.env;
  const stores = requireServerStores(env, 'serve');
  // Before any connection is opened: a missing APP_ID or key fails fast.
  const probot = createAppProbot(env, { logger, needsSecret: true });
  const dashboardConfig = readDashboardConfig(env);
  const llm = readLlmConfig(hostEnv);
  if (!dashboardConfig) logger.info('dashboard off: GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET (the App’s OAuth client) are not set');
  const services = await openServerServices(env, stores, { logger, hostEnv });
  let http: HttpServer;
  try {
    http = await startHttp(env, services, probot, { dashboardConfig, llm }, logger);
  } catch (err) {
    // The port taken, say: nothing may stay open behind the error.
    await services.close();
    throw err;
  }
  const workers = opts.workers === false ? null : startProcessWorkers({ env, services, probot, logger, hostEnv });
  const reconciler = startReconcileLoop({ db: services.db, queue: services.runQueue, logger, intervalMs: opts.reconcileIntervalMs });
  const { port } = http;
  logger.info({ port, webhookPath: env.WEBHOOK_PATH, workers: workers !== null, dashboard: http.dashboard !== null }, 'rift server listening');
  return {
    port,
    // In order: no new requests, then the jobs in hand finish, then the stores close.
    async close() {
      // The dashboard closes while the server drains: it ends its live event streams, which would
      // otherwise hold the server open as long as a browser keeps watching a run.
      const httpClosed = closeHttp(http.server);
      await http.dashboard?.close();
      await httpClosed;
      await workers?.close();
      await reconciler.close();
      await services.close();
    },
  };
}

/** Starts `rift worker`: the run and pdf workers and the reconciler, no HTTP. */
export async function startWorkers(env: RiftEnv, opts: WorkerOptions): Promise<RunningProcess> {
  const { logger } = opts;
  const hostEnv = opts.hostEnv ?? process.env;
  const stores = requireServerStores(env, 'worker');
  const probot = createAppProbot(env, { logger, needsSecret: false });
  const services = await openServerServices(env, stores, { logger, hostEnv });
  const concurrency = opts.concurrency ?? env.RIFT_WORKER_CONCURRENCY;
  const workers = startProcessWorkers({ env, services, probot, logger, hostEnv, concurrency });
  const reconciler = startReconcileLoop({ db: services.db, queue: services.runQueue, logger, intervalMs: opts.reconcileIntervalMs });
  logger.info({ concurrency }, 'rift worker started');
  return {
    async close() {
      await workers.close();
      await reconciler.close();
      await services.close();
    },
  };
}

interface HttpServer {
  server: Server;
  port: number;
  dashboard: FastifyInstance | null;
}

// RIFT's app at WEBHOOK_PATH, GET /healthz and the dashboard (if configured) on one node HTTP server.
async function startHttp(
  env: RiftEnv,
  services: ServerServices,
  probot: Probot,
  { dashboardConfig, llm }: { dashboardConfig: DashboardConfig | null; llm: LlmConfig | null },
  logger: Logger,
): Promise<HttpServer> {
  const app = createRiftApp({
    db: services.db,
    redis: services.edgeRedis,
    queue: services.runQueue,
    logger,
    appId: Number(env.APP_ID),
    edgeCache: { keyPrefix: edgeCachePrefix(env.RIFT_QUEUE_PREFIX) },
  });
  const webhooks = await createNodeMiddleware(app, { probot, webhooksPath: env.WEBHOOK_PATH });
  const health = healthHandler({ db: services.db, redis: services.edgeRedis });
  const dashboard = dashboardConfig
    ? await buildDashboard({
        config: dashboardConfig,
        db: services.db,
        redis: services.edgeRedis,
        logger,
        keyPrefix: edgeCachePrefix(env.RIFT_QUEUE_PREFIX),
        llm,
        outputDir: path.resolve(env.OUTPUT_DIR),
        startRun: startRunDeps(services, probot, logger),
      })
    : null;
  try {
    // fastify's routing() serves requests of a server of ours once its plugins are loaded.
    await dashboard?.ready();
    const server = createServer(createHttpHandler({ webhookPath: env.WEBHOOK_PATH, webhooks, health, dashboard }));
    return { server, port: await listen(server, env.PORT, env.HOST), dashboard };
  } catch (err) {
    await dashboard?.close();
    throw err;
  }
}

// Installations that share one Redis under their own queue prefix keep their edge caches (and
// dashboard sessions and rate limits) apart too (repository ids are only unique per GitHub host); the
// default prefix keeps the plain keys.
function edgeCachePrefix(queuePrefix: string): string {
  return queuePrefix === QUEUE_PREFIX ? '' : `${queuePrefix}:`;
}

// Resolves with the port actually bound (PORT=0 lets the system choose); EADDRINUSE rejects.
async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

// Stops accepting connections and waits for the requests in flight; idle keep-alive sockets are closed.
function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}
