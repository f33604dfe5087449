// Objection model of `runs`. Bind it per call (Run.query(db)); there is no global knex.
import { Model } from 'objection';
import type { RunStatus } from '../types.ts';

export class Run extends Model {
  static override tableName = 'runs';
  static override idColumn = 'run_id';

  declare run_id: string;
  declare fingerprint: string;
  declare repo_url: string;
  declare team_name: string;
  declare leader_name: string;
  declare branch_name: string;
  declare status: RunStatus;
  declare start_time: Date;
  declare end_time: Date | null;
  declare total_time_secs: number | null;
  declare base_score: number | null;
  declare speed_bonus: number | null;
  declare efficiency_penalty: number | null;
  declare final_score: number | null;
  declare total_failures: number | null;
  declare total_fixes: number | null;
  declare total_commits: number | null;
  declare total_iterations: number | null;
  declare total_llm_cost_usd: number | null;
  declare quarantine_reason: string | null;
  declare created_at: Date;
}
