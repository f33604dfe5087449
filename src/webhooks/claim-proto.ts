// TEMPORARY prototype (measurement only, removed before the report): the claim in fewer round trips.
import type { Knex } from 'knex';
import pg from 'pg';
import type { NewRun } from '../store/queries/runs.ts';

export interface ProtoTrace { agent_node: string; action_type: string; action_label: string; payload: unknown }

const CTE = `WITH active AS (
  SELECT run_id FROM runs WHERE fingerprint = $fp AND status IN ('queued', 'running') ORDER BY created_at DESC LIMIT 1
), new_run AS (
  INSERT INTO runs (fingerprint, repo_url, team_name, leader_name, branch_name, status, start_time)
  SELECT $fp, $repo, $team, $leader, $branch, 'queued', $start WHERE NOT EXISTS (SELECT 1 FROM active)
  RETURNING run_id
), trace AS (
  INSERT INTO execution_traces (run_id, step_index, agent_node, action_type, action_label, payload)
  SELECT run_id, 0, $node, $action, $label, $payload FROM new_run
)
SELECT run_id, true AS created FROM new_run UNION ALL SELECT run_id, false AS created FROM active`;

function values(run: NewRun, trace: ProtoTrace): Record<string, string> {
  return {
    fp: run.fingerprint, repo: run.repo_url, team: run.team_name, leader: run.leader_name, branch: run.branch_name,
    start: run.start_time.toISOString(), node: trace.agent_node, action: trace.action_type, label: trace.action_label,
    payload: JSON.stringify(trace.payload),
  };
}

/** A: BEGIN, lock, one CTE statement, COMMIT (4 round trips). */
export async function claimCte(db: Knex, run: NewRun, trace: ProtoTrace): Promise<{ runId: string; created: boolean }> {
  const v = values(run, trace);
  const names: string[] = [];
  const sql = CTE.replace(/\$(\w+)/g, (_, name: string) => {
    names.push(name);
    return '?';
  });
  return db.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`rift:run:${run.fingerprint}`]);
    const { rows } = await trx.raw(sql, names.map((n) => v[n]));
    return { runId: rows[0].run_id, created: rows[0].created };
  });
}

/** C: the same as one simple-protocol query string (1 round trip). */
export async function claimMulti(db: Knex, run: NewRun, trace: ProtoTrace): Promise<{ runId: string; created: boolean }> {
  const v = values(run, trace);
  const sql = [
    'BEGIN',
    `SELECT pg_advisory_xact_lock(hashtext(${pg.escapeLiteral(`rift:run:${run.fingerprint}`)}))`,
    CTE.replace(/\$(\w+)/g, (_, name: string) => pg.escapeLiteral(v[name])),
    'COMMIT',
  ].join(';\n');
  const client = (db as unknown as { client: { acquireConnection(): Promise<pg.Client>; releaseConnection(c: pg.Client): Promise<void> } }).client;
  const conn = await client.acquireConnection();
  try {
    const results = (await conn.query(sql)) as unknown as pg.QueryResult[];
    const rows = results[2].rows;
    return { runId: rows[0].run_id, created: rows[0].created };
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.releaseConnection(conn);
  }
}

const UNIQ = `WITH new_run AS (
  INSERT INTO runs (fingerprint, repo_url, team_name, leader_name, branch_name, status, start_time)
  VALUES ($fp, $repo, $team, $leader, $branch, 'queued', $start)
  ON CONFLICT (fingerprint) WHERE status IN ('queued', 'running') DO NOTHING
  RETURNING run_id
), trace AS (
  INSERT INTO execution_traces (run_id, step_index, agent_node, action_type, action_label, payload)
  SELECT run_id, 0, $node, $action, $label, $payload FROM new_run
)
SELECT run_id FROM new_run`;

/** B: with a partial unique index on active fingerprints: one statement (1 round trip; 2 for a duplicate). */
export async function claimUniq(db: Knex, run: NewRun, trace: ProtoTrace): Promise<{ runId: string; created: boolean }> {
  const v = values(run, trace);
  const names: string[] = [];
  const sql = UNIQ.replace(/\$(\w+)/g, (_, name: string) => {
    names.push(name);
    return '?';
  });
  const { rows } = await db.raw(sql, names.map((n) => v[n]));
  if (rows.length > 0) return { runId: rows[0].run_id, created: true };
  const active = await db('runs').where({ fingerprint: run.fingerprint }).whereIn('status', ['queued', 'running']).first('run_id');
  return { runId: active.run_id, created: false };
}
