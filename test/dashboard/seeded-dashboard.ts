// The dashboard most API tests read: a scratch PostgreSQL database seeded with seedRuns (plus what a
// file seeds on top), the dashboard on it, opened before the file's tests and closed after them.
import type { LightMyRequestResponse } from 'fastify';
import type { Knex } from 'knex';
import { afterAll, beforeAll } from 'vitest';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { openDashboard, type DashboardWorld, type SignedIn, type WorldOptions } from './harness.ts';
import { seedRuns, type SeededRuns } from './seed-runs.ts';

export interface SeededDashboard {
  readonly db: Knex;
  readonly runs: SeededRuns;
  readonly world: DashboardWorld;
  /** GET through the app, with the viewer's session cookie when given. */
  get(url: string, who?: SignedIn): Promise<LightMyRequestResponse>;
}

/** Registers the file's beforeAll/afterAll; read the fields inside tests, once set up. */
export function useSeededDashboard(opts: { seed?: (db: Knex, runs: SeededRuns) => Promise<void>; world?: WorldOptions } = {}): SeededDashboard {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>> | undefined;
  let runs: SeededRuns | undefined;
  let world: DashboardWorld | undefined;

  beforeAll(async () => {
    scratch = await openScratchDatabase({ migrate: true });
    runs = await seedRuns(scratch.db);
    await opts.seed?.(scratch.db, runs);
    world = await openDashboard(scratch.db, opts.world);
  });

  afterAll(async () => {
    await world?.close();
    await scratch?.cleanup();
  });

  return {
    get db() {
      return scratch!.db;
    },
    get runs() {
      return runs!;
    },
    get world() {
      return world!;
    },
    get: (url, who) => world!.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} }),
  };
}
