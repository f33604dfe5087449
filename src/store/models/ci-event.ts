// Objection model of `ci_events`. Bind it per call (CiEvent.query(db)); there is no global knex.
import { Model, type Pojo } from 'objection';
import type { CiEventStatus } from '../types.ts';

export class CiEvent extends Model {
  static override tableName = 'ci_events';
  static override idColumn = 'event_id';
  // new_failures is TEXT[], not JSON: the driver must receive the JS array as is.
  static override jsonAttributes: string[] = [];

  declare event_id: string;
  declare run_id: string;
  declare iteration: number;
  /** BIGINT: node-postgres returns it as a string, PGlite as a number; queries normalise to number. */
  declare github_run_id: number | null;
  declare status: CiEventStatus;
  declare failures_before: number | null;
  declare failures_after: number | null;
  declare new_failures: string[] | null;
  declare regression_detected: boolean;
  declare rollback_triggered: boolean;
  declare rollback_commit_sha: string | null;
  declare duration_secs: number | null;
  declare triggered_at: Date;
  declare completed_at: Date | null;

  // BIGINT arrives as a string from node-postgres and as a number from PGlite: one shape for callers.
  override $parseDatabaseJson(json: Pojo): Pojo {
    const parsed = super.$parseDatabaseJson(json);
    if (parsed.github_run_id != null) parsed.github_run_id = Number(parsed.github_run_id);
    return parsed;
  }
}
