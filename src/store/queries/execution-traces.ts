// Queries of `execution_traces`: append-only steps of a run, numbered 0, 1, 2... without gaps.
import type { Knex } from 'knex';
import { ExecutionTrace } from '../models/execution-trace.ts';
import { RecordNotFoundError } from '../errors.ts';

export interface NewTrace {
  run_id: string;
  agent_node: string;
  action_type: string;
  action_label: string;
  /** Redact secrets before passing it: traces are stored and replayed as is. */
  payload?: unknown;
  thought_text?: string | null;
  related_fix_id?: string | null;
  related_ci_event_id?: string | null;
}

/** Appends a step to a run's trace with the next step_index; safe under concurrent appends. */
export async function appendTrace(db: Knex, trace: NewTrace): Promise<ExecutionTrace> {
  return db.transaction(async (trx) => {
    // The run row's lock serialises appenders of one run; NO KEY UPDATE leaves foreign-key checks
    // of other writers (fixes, ci_events) unblocked. uq_traces_run_step backs this up.
    const run = await trx('runs').select('run_id').where({ run_id: trace.run_id }).forNoKeyUpdate().first();
    if (!run) throw new RecordNotFoundError('runs', trace.run_id);
    const { next } = await trx('execution_traces')
      .where({ run_id: trace.run_id })
      .first(trx.raw('COALESCE(MAX(step_index) + 1, 0)::int AS next'));
    return ExecutionTrace.query(trx)
      .insert({ ...trace, step_index: Number(next) })
      .returning('*');
  });
}

/** A run's trace in step order: the replayable record of what the agent did. */
export async function listTraces(db: Knex, runId: string): Promise<ExecutionTrace[]> {
  return ExecutionTrace.query(db).where({ run_id: runId }).orderBy('step_index');
}
