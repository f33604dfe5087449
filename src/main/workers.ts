// The workers of one process: the `agent-runs` worker healing pull requests with B's job, and the
// `pdf-export` worker. Any number of processes run these against one PostgreSQL and one Redis.
import path from 'node:path';
import type { Probot } from 'probot';
import type { RiftEnv } from '../config/env.ts';
import { defaultWorkRoot } from '../heal/workspace/workspace.ts';
import { givePullRequestRunUp, healPullRequest, type PullRequestJobDeps } from '../jobs/heal-pull-request.ts';
import type { Logger } from '../log.ts';
import { kbEnabled } from '../heal/fix/kb/kb-flag.ts';
import { storeKnowledgeBase } from '../heal/fix/kb/store-knowledge-base.ts';
import { readLlmConfig } from '../llm/index.ts';
import { startRunWorker, type Closer } from '../queue/index.ts';
import { startPdfWorker } from '../queue/pdf-export.ts';
import type { ServerServices } from './services.ts';

export interface WorkerWiring {
  env: RiftEnv;
  services: ServerServices;
  probot: Probot;
  logger: Logger;
  hostEnv: NodeJS.ProcessEnv;
  /** Runs healed at once by this process (RIFT_WORKER_CONCURRENCY unless given). */
  concurrency?: number;
}

/** The job's dependencies, from the process's services and environment. */
export function pullRequestJobDeps(w: WorkerWiring): PullRequestJobDeps {
  const { env, services } = w;
  return {
    db: services.db,
    runtime: services.runtime,
    redis: services.redis,
    sandbox: services.sandbox,
    logger: w.logger,
    installationClient: (installationId) => w.probot.auth(installationId) as unknown as ReturnType<PullRequestJobDeps['installationClient']>,
    env: { GHE_HOST: env.GHE_HOST, GHE_PROTOCOL: env.GHE_PROTOCOL },
    outputDir: path.resolve(env.OUTPUT_DIR),
    workRoot: defaultWorkRoot(w.hostEnv),
    pdfQueue: services.pdfQueue,
    appId: Number(env.APP_ID),
    // A shared server database holds every repository's fixes: the operator opts in with RIFT_KB=on.
    ...(kbEnabled(w.hostEnv, { embedded: false }) ? { knowledgeBase: storeKnowledgeBase(services.db) } : {}),
    llm: readLlmConfig(w.hostEnv),
    ciWait: {
      ...(env.RIFT_CI_POLL_MS !== undefined ? { pollMs: env.RIFT_CI_POLL_MS } : {}),
      ...(env.RIFT_CI_APPEAR_TIMEOUT_MS !== undefined ? { appearTimeoutMs: env.RIFT_CI_APPEAR_TIMEOUT_MS } : {}),
      ...(env.RIFT_CI_FINISH_TIMEOUT_MS !== undefined ? { finishTimeoutMs: env.RIFT_CI_FINISH_TIMEOUT_MS } : {}),
    },
  };
}

/** Starts the run worker and the pdf worker; `close` lets both finish the jobs in hand. */
export function startProcessWorkers(w: WorkerWiring): Closer {
  const deps = pullRequestJobDeps(w);
  const connection = w.services.redis;
  const prefix = w.env.RIFT_QUEUE_PREFIX;
  const runWorker = startRunWorker({
    connection,
    prefix,
    concurrency: w.concurrency ?? w.env.RIFT_WORKER_CONCURRENCY,
    ...(w.env.RIFT_JOB_LOCK_MS ? { lockDurationMs: w.env.RIFT_JOB_LOCK_MS, stalledIntervalMs: w.env.RIFT_JOB_LOCK_MS } : {}),
    logger: w.logger,
    process: (runId) => healPullRequest(runId, deps),
    onGiveUp: (runId, err) => givePullRequestRunUp(runId, err, deps),
  });
  const pdfWorker = startPdfWorker({ connection, prefix, outputDir: deps.outputDir, logger: w.logger });
  return {
    async close() {
      await Promise.all([runWorker.close(), pdfWorker.close()]);
    },
  };
}
