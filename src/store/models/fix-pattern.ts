// Objection model of `fix_patterns`. Bind it per call (FixPattern.query(db)); there is no global knex.
import { Model } from 'objection';
import type { BugType, Language } from '../../heal/types.ts';

export class FixPattern extends Model {
  static override tableName = 'fix_patterns';
  static override idColumn = 'pattern_id';
  // Stringified on write: node-postgres would turn a JS array into a Postgres array, not JSON.
  static override jsonAttributes = ['document'];

  /** The fix_id of the fix the pattern was learnt from. */
  declare pattern_id: string;
  declare source_run_id: string | null;
  declare signature: string;
  declare content_hash: string;
  declare bug_type: BugType;
  declare language: Language;
  declare tool: string;
  /** Redacted fix context; its shape belongs to src/heal/fix/kb/document.ts. */
  declare document: unknown;
  declare model_used: string | null;
  /** In [0,1]. */
  declare confidence_score: number;
  declare hits: number;
  declare created_at: Date;
  declare last_used_at: Date | null;
}
