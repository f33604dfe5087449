// Queries of `fix_patterns`: remember a CI-confirmed fix, find the ones stored under a signature,
// count a replay.
import type { Knex } from 'knex';
import type { BugType, Language } from '../../heal/types.ts';
import { FixPattern } from '../models/fix-pattern.ts';

export interface NewFixPattern {
  /** The fix_id of the fix it is learnt from. */
  pattern_id: string;
  source_run_id: string | null;
  signature: string;
  content_hash: string;
  bug_type: BugType;
  language: Language;
  tool: string;
  document: object;
  model_used?: string | null;
  /** In [0,1]. */
  confidence_score: number;
}

/** Most patterns a lookup returns. */
export const FIX_PATTERN_LOOKUP_LIMIT = 20;

/** Stores a pattern; false when it was known already (the same fix, or the same change under the signature). */
export async function insertFixPattern(db: Knex, pattern: NewFixPattern): Promise<boolean> {
  const rows = await db('fix_patterns')
    .insert({ ...pattern, document: JSON.stringify(pattern.document) })
    .onConflict()
    .ignore()
    .returning('pattern_id');
  return rows.length > 0;
}

/** The patterns of a signature, most replayed first, then the newest. */
export async function findFixPatterns(db: Knex, signature: string, limit = FIX_PATTERN_LOOKUP_LIMIT): Promise<FixPattern[]> {
  return FixPattern.query(db)
    .where({ signature })
    .orderBy([{ column: 'hits', order: 'desc' }, { column: 'created_at', order: 'desc' }, { column: 'pattern_id' }])
    .limit(limit);
}

/** Counts one replay of a pattern; false when the pattern is gone. */
export async function markFixPatternUsed(db: Knex, patternId: string): Promise<boolean> {
  const updated = await FixPattern.query(db)
    .findById(patternId)
    .patch({ hits: db.raw('hits + 1') as unknown as number, last_used_at: db.fn.now() as unknown as Date });
  return updated > 0;
}

/** The patterns learnt from a run's fixes, oldest first. */
export async function listFixPatternsOfRun(db: Knex, runId: string): Promise<FixPattern[]> {
  return FixPattern.query(db).where({ source_run_id: runId }).orderBy([{ column: 'created_at' }, { column: 'pattern_id' }]);
}
