// Objection model of `fixes`. Bind it per call (Fix.query(db)); there is no global knex.
import { Model } from 'objection';
import type { BugType } from '../../heal/types.ts';
import type { FixStatus } from '../types.ts';

export class Fix extends Model {
  static override tableName = 'fixes';
  static override idColumn = 'fix_id';
  // Stringified on write: node-postgres would turn a JS array into a Postgres array, not JSON.
  static override jsonAttributes = ['consensus_votes'];

  declare fix_id: string;
  declare run_id: string;
  declare file_path: string;
  declare bug_type: BugType;
  declare line_number: number;
  declare line_end: number | null;
  declare description: string;
  declare fix_description: string;
  declare original_code: string | null;
  declare fixed_code: string | null;
  declare status: FixStatus;
  declare commit_sha: string | null;
  declare commit_message: string | null;
  /** In [0,1]; UIs show percent. */
  declare confidence_score: number | null;
  declare model_used: string | null;
  declare consensus_votes: unknown;
  declare kb_match: boolean | null;
  declare causal_commit_sha: string | null;
  declare causal_explanation: string | null;
  declare token_cost_usd: number | null;
  declare applied_at: Date;
}
