// The read the reconciler needs from `runs` (src/store has no "all queued runs" query).
import type { Knex } from 'knex';

/** Ids of the runs still `queued` in PostgreSQL, oldest first. */
export async function listQueuedRunIds(db: Knex, limit = 10_000): Promise<string[]> {
  const rows: Array<{ run_id: string }> = await db('runs')
    .select('run_id')
    .where({ status: 'queued' })
    .orderBy('created_at', 'asc')
    .limit(limit);
  return rows.map((row) => row.run_id);
}
