// Queries of `fixes`: record an attempted fix, update its status once it is committed or reverted.
import type { Knex } from 'knex';
import type { BugType } from '../../heal/types.ts';
import { Fix } from '../models/fix.ts';
import { RecordNotFoundError } from '../errors.ts';
import type { FixStatus } from '../types.ts';

export interface NewFix {
  run_id: string;
  file_path: string;
  bug_type: BugType;
  line_number: number;
  line_end?: number | null;
  description: string;
  fix_description: string;
  original_code?: string | null;
  fixed_code?: string | null;
  status: FixStatus;
  commit_sha?: string | null;
  commit_message?: string | null;
  /** In [0,1]. */
  confidence_score?: number | null;
  model_used?: string | null;
  consensus_votes?: unknown;
  kb_match?: boolean | null;
  causal_commit_sha?: string | null;
  causal_explanation?: string | null;
  token_cost_usd?: number | null;
}

/** Records a fix of a run. */
export async function insertFix(db: Knex, fix: NewFix): Promise<Fix> {
  return Fix.query(db).insert(fix).returning('*');
}

/** Sets a fix's status (applied, rolled_back...), with the commit that carries it when known. */
export async function updateFixStatus(
  db: Knex,
  fixId: string,
  status: FixStatus,
  extra: { commit_sha?: string | null; commit_message?: string | null } = {},
): Promise<Fix> {
  const fix = await Fix.query(db).patchAndFetchById(fixId, { ...extra, status });
  if (!fix) throw new RecordNotFoundError('fixes', fixId);
  return fix;
}

/** A run's fixes in the order they were recorded. */
export async function listFixes(db: Knex, runId: string): Promise<Fix[]> {
  return Fix.query(db).where({ run_id: runId }).orderBy([{ column: 'applied_at' }, { column: 'fix_id' }]);
}
