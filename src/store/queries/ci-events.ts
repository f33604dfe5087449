// Queries of `ci_events`: one row per CI iteration, opened when CI is triggered, completed with its result.
import type { Knex } from 'knex';
import { CiEvent } from '../models/ci-event.ts';
import { RecordNotFoundError } from '../errors.ts';
import type { CiEventStatus } from '../types.ts';

export interface NewCiEvent {
  run_id: string;
  iteration: number;
  status?: CiEventStatus;
  github_run_id?: number | null;
  failures_before?: number | null;
  triggered_at?: Date;
}

export interface CiEventResult {
  status: 'passed' | 'failed';
  failures_after?: number | null;
  new_failures?: string[] | null;
  regression_detected?: boolean;
  rollback_triggered?: boolean;
  rollback_commit_sha?: string | null;
  github_run_id?: number | null;
  /** Defaults to now. */
  completed_at?: Date;
}

/** Opens a CI event (pending unless told otherwise). */
export async function insertCiEvent(db: Knex, event: NewCiEvent): Promise<CiEvent> {
  return CiEvent.query(db)
    .insert({ ...event, status: event.status ?? 'pending', triggered_at: event.triggered_at ?? new Date() })
    .returning('*');
}

/** Completes a CI event with its result; duration_secs is measured from triggered_at. */
export async function completeCiEvent(db: Knex, eventId: string, result: CiEventResult): Promise<CiEvent> {
  return db.transaction(async (trx) => {
    const event = await CiEvent.query(trx).findById(eventId).forUpdate();
    if (!event) throw new RecordNotFoundError('ci_events', eventId);
    const completedAt = result.completed_at ?? new Date();
    const durationSecs = Math.max(0, (completedAt.getTime() - event.triggered_at.getTime()) / 1000);
    return CiEvent.query(trx).patchAndFetchById(eventId, {
      ...result,
      completed_at: completedAt,
      duration_secs: durationSecs,
    });
  });
}

/** A run's CI events by iteration. */
export async function listCiEvents(db: Knex, runId: string): Promise<CiEvent[]> {
  return CiEvent.query(db).where({ run_id: runId }).orderBy([{ column: 'iteration' }, { column: 'triggered_at' }]);
}

/** What the repository's own CI on GitHub said about an iteration's pushed commit. */
export interface GitHubCiResult {
  github_run_id: number | null;
  /** The iteration's status when GitHub's verdict overrides the local one (it failed where local passed). */
  status?: 'passed' | 'failed';
}

/** Adds GitHub's CI result to an iteration's event; completed_at moves to when GitHub answered. */
export async function recordGitHubCi(db: Knex, eventId: string, result: GitHubCiResult): Promise<CiEvent> {
  return db.transaction(async (trx) => {
    const event = await CiEvent.query(trx).findById(eventId).forUpdate();
    if (!event) throw new RecordNotFoundError('ci_events', eventId);
    const completedAt = new Date();
    return CiEvent.query(trx).patchAndFetchById(eventId, {
      github_run_id: result.github_run_id,
      ...(result.status ? { status: result.status } : {}),
      completed_at: completedAt,
      duration_secs: Math.max(0, (completedAt.getTime() - event.triggered_at.getTime()) / 1000),
    });
  });
}
