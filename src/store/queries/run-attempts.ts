// Starting a run that was queued by the webhook, on whichever worker takes its job. A job handed back
// after its worker died finds the run `running`: what that attempt wrote is discarded so the new
// attempt starts clean and the run ends with one set of fixes, CI events and predictions.
import type { Knex } from 'knex';
import { Run } from '../models/run.ts';
import { InvalidRunTransitionError, RecordNotFoundError } from '../errors.ts';
import { isTerminalStatus } from '../run-status.ts';

export interface StartedAttempt {
  run: Run;
  /** True when an earlier attempt had started the run and was abandoned. */
  resumed: boolean;
  /** Rows of the abandoned attempt that were removed, by table. */
  discarded: { fixes: number; ci_events: number; benchmark_scores: number; execution_traces: number };
}

/**
 * Moves a queued run to running (start_time = now), or takes over a running one whose attempt died.
 * Traces up to `keepSteps` (the trigger) survive a takeover. A terminal run throws: it is done.
 */
export async function startRunAttempt(db: Knex, runId: string, keepSteps = 1): Promise<StartedAttempt> {
  return db.transaction(async (trx) => {
    const run = await Run.query(trx).findById(runId).forUpdate();
    if (!run) throw new RecordNotFoundError('runs', runId);
    if (isTerminalStatus(run.status)) throw new InvalidRunTransitionError(runId, run.status, 'running');
    const discarded = { fixes: 0, ci_events: 0, benchmark_scores: 0, execution_traces: 0 };
    if (run.status === 'queued') {
      const started = await Run.query(trx).patchAndFetchById(runId, { status: 'running', start_time: new Date() });
      return { run: started, resumed: false, discarded };
    }
    // Traces point at fixes and CI events, so they go first.
    discarded.execution_traces = await trx('execution_traces').where({ run_id: runId }).andWhere('step_index', '>=', keepSteps).delete();
    discarded.fixes = await trx('fixes').where({ run_id: runId }).delete();
    discarded.ci_events = await trx('ci_events').where({ run_id: runId }).delete();
    discarded.benchmark_scores = await trx('benchmark_scores').where({ run_id: runId }).delete();
    return { run, resumed: true, discarded };
  });
}
