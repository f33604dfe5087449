// The one database read of "Ask the run": the run and its traces, fixes and CI events, in one go.
import type { Knex } from 'knex';
import { getRun, listCiEvents, listFixes, listTraces } from '../store/index.ts';
import type { RunRecord } from './types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The run's record, or null when no run has this id (an id that is not a UUID names none). */
export async function loadRunRecord(db: Knex, runId: string): Promise<RunRecord | null> {
  // PostgreSQL rejects a malformed uuid with an error; for a caller it is simply an unknown run.
  if (!UUID.test(runId)) return null;
  const run = await getRun(db, runId);
  if (!run) return null;
  const [traces, fixes, ciEvents] = await Promise.all([listTraces(db, runId), listFixes(db, runId), listCiEvents(db, runId)]);
  return { run, traces, fixes, ciEvents };
}
