// Objection model of `execution_traces`. Bind it per call (ExecutionTrace.query(db)); there is no global knex.
import { Model } from 'objection';

export class ExecutionTrace extends Model {
  static override tableName = 'execution_traces';
  static override idColumn = 'trace_id';
  // Stringified on write: node-postgres would turn a JS array into a Postgres array, not JSON.
  static override jsonAttributes = ['payload'];

  declare trace_id: string;
  declare run_id: string;
  /** 0 for a run's first step, then +1 per step. */
  declare step_index: number;
  declare agent_node: string;
  declare action_type: string;
  declare action_label: string;
  declare payload: unknown;
  declare thought_text: string | null;
  declare related_fix_id: string | null;
  declare related_ci_event_id: string | null;
  declare emitted_at: Date;
}
