// Queries of `runs`: create, move the status forward, finish with the score, look up.
import type { Knex } from 'knex';
import { Run } from '../models/run.ts';
import { InvalidRunTransitionError, RecordNotFoundError } from '../errors.ts';
import { canTransition, isTerminalStatus } from '../run-status.ts';
import type { RunStatus, TerminalRunStatus } from '../types.ts';

export interface NewRun {
  fingerprint: string;
  repo_url: string;
  team_name: string;
  leader_name: string;
  branch_name: string;
  status?: 'queued' | 'running';
  start_time: Date;
}

/** The figures written once a run is terminal. */
export interface RunOutcome {
  status: TerminalRunStatus;
  end_time: Date;
  total_time_secs: number;
  base_score: number;
  speed_bonus: number;
  efficiency_penalty: number;
  final_score: number;
  total_failures: number;
  total_fixes: number;
  total_commits: number;
  total_iterations: number;
  total_llm_cost_usd?: number | null;
  quarantine_reason?: string | null;
}

/** Records a new run (queued unless told otherwise). */
export async function insertRun(db: Knex, run: NewRun): Promise<Run> {
  return Run.query(db).insert({ ...run, status: run.status ?? 'queued' }).returning('*');
}

/** The step a claimed run starts its trace with (step 0), written with the run or not at all. */
export interface FirstStep {
  agent_node: string;
  action_type: string;
  action_label: string;
  /** Redact secrets before passing it, as for any trace. */
  payload: unknown;
}

/**
 * Records a run unless one of the same fingerprint is still queued or running, whose id is returned
 * instead: the database side of dedupe, safe when two webhooks for one commit arrive at once. One
 * round trip (the rift_claim_run function of migration 8, under a per-fingerprint advisory lock);
 * `firstStep` is stored as the new run's step 0 in the same transaction.
 */
export async function claimRun(db: Knex, run: NewRun, firstStep?: FirstStep): Promise<{ runId: string; created: boolean }> {
  const result = await db.raw<{ rows: { run_id: string; created: boolean }[] }>('SELECT run_id, created FROM rift_claim_run(?::jsonb, ?::jsonb)', [
    JSON.stringify(run),
    JSON.stringify(firstStep ?? null),
  ]);
  const [claimed] = result.rows;
  if (!claimed) throw new Error(`rift_claim_run returned nothing for ${run.fingerprint}`);
  return { runId: claimed.run_id, created: claimed.created };
}

/** The run, or undefined. */
export async function getRun(db: Knex, runId: string): Promise<Run | undefined> {
  return Run.query(db).findById(runId);
}

/** The newest queued or running run of a fingerprint (repository + commit): the dedupe check. */
export async function findActiveRunByFingerprint(db: Knex, fingerprint: string): Promise<Run | undefined> {
  return Run.query(db)
    .where({ fingerprint })
    .whereIn('status', ['queued', 'running'])
    .orderBy('created_at', 'desc')
    .first();
}

/** Moves a run's status forward; a backwards or skipping move throws InvalidRunTransitionError. */
export async function updateRunStatus(db: Knex, runId: string, status: RunStatus): Promise<Run> {
  return transition(db, runId, status, {});
}

/** Ends a run: terminal status, times, score and totals, in one guarded write. */
export async function finishRun(db: Knex, runId: string, outcome: RunOutcome): Promise<Run> {
  const { status, ...fields } = outcome;
  if (!isTerminalStatus(status)) throw new InvalidRunTransitionError(runId, 'running', status);
  return transition(db, runId, status, fields);
}

// Locks the row so two writers cannot both pass the check against the same old status.
async function transition(db: Knex, runId: string, to: RunStatus, fields: Partial<Run>): Promise<Run> {
  return db.transaction(async (trx) => {
    const current = await Run.query(trx).findById(runId).forUpdate();
    if (!current) throw new RecordNotFoundError('runs', runId);
    if (!canTransition(current.status, to)) throw new InvalidRunTransitionError(runId, current.status, to);
    return Run.query(trx).patchAndFetchById(runId, { ...fields, status: to });
  });
}
