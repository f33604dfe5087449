// Objection model of `strategy_weights`. Bind it per call (StrategyWeight.query(db)); there is no global knex.
import { Model } from 'objection';
import type { BugType } from '../../heal/types.ts';

export class StrategyWeight extends Model {
  static override tableName = 'strategy_weights';
  static override idColumn = 'weight_id';

  declare weight_id: string;
  declare bug_type: BugType;
  declare strategy_rule_first: number;
  declare strategy_llm_single: number;
  declare strategy_llm_consensus: number;
  declare strategy_kb_lookup: number;
  declare total_attempts: number;
  declare total_successes: number;
  declare generation: number;
  declare last_evolved_at: Date | null;
}
