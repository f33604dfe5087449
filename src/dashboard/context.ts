// What the route modules share: settings, stores and the access rules, built once by buildDashboard.
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { LlmConfig } from '../llm/index.ts';
import type { Logger } from '../log.ts';
import type { AccessChecker } from './access.ts';
import type { DashboardConfig } from './config.ts';
import type { LiveEventsOptions } from './live-events.ts';
import type { StartRunDeps } from './routes/start-run-routes.ts';
import type { SessionStore } from './session.ts';
import type { VisibleRunsDeps } from './visible-runs.ts';

export interface DashboardContext {
  config: DashboardConfig;
  db: Knex;
  logger: Logger;
  sessions: SessionStore;
  access: AccessChecker;
  /** The store, the access checker and the GitHub origin, as visible-runs.ts takes them. */
  visibleRuns: VisibleRunsDeps;
  /** The models that phrase answers to questions about a run; null: retrieval alone. */
  llm: LlmConfig | null;
  /** What POST /api/runs needs to start a run; absent or null: starting runs is off (503). */
  startRun?: StartRunDeps | null;
  /** Live run events (`events:{run_id}`), read with the dashboard's Redis client and these settings. */
  live: { redis: Redis; options: LiveEventsOptions };
  /** OUTPUT_DIR, resolved: where results.json and report.pdf are served from; null: not served (404). */
  outputDir: string | null;
}
