// The end of a run feeds the knowledge base: each fix CI confirmed becomes a pattern, redacted,
// keyed by its failure signature, so the next run that meets the same bug replays it.
import type { Knex } from 'knex';
import { Fix } from '../../../store/models/fix.ts';
import { insertFixPattern } from '../../../store/queries/fix-patterns.ts';
import type { WorkspaceReader } from '../../types.ts';
import { learnPattern, type ConfirmedFix } from './learn-pattern.ts';

export interface RecordedPatterns {
  /** pattern_ids stored now (each the fix_id it was learnt from). */
  recorded: string[];
  /** Fixes already known as a pattern (the same change under the same signature). */
  known: string[];
  skipped: Array<{ fixId: string; reason: string }>;
}

/**
 * Stores one pattern per confirmed fix. Pass only fixes that are applied and whose check passed in
 * the final CI: this does not judge them again.
 */
export async function recordConfirmedPatterns(
  db: Knex,
  args: { runId: string; fixes: readonly ConfirmedFix[]; reader: WorkspaceReader },
): Promise<RecordedPatterns> {
  const result: RecordedPatterns = { recorded: [], known: [], skipped: [] };
  const fixers = await fixersOf(db, args.fixes.map((f) => f.fixId));
  for (const fix of args.fixes) {
    const learnt = learnPattern(fix, await failureText(fix, args.reader));
    if ('skip' in learnt) {
      result.skipped.push({ fixId: fix.fixId, reason: learnt.skip });
      continue;
    }
    const inserted = await insertFixPattern(db, {
      pattern_id: fix.fixId,
      source_run_id: args.runId,
      signature: learnt.signature,
      content_hash: learnt.contentHash,
      bug_type: fix.bugType,
      language: learnt.language,
      tool: fix.failure.tool,
      document: learnt.document,
      model_used: fixers.get(fix.fixId) ?? null,
      confidence_score: learnt.confidence,
    });
    (inserted ? result.recorded : result.known).push(fix.fixId);
  }
  return result;
}

// The failure's file as the fix found it: the edit's own "before" when the fix was made there (the
// file has changed since); else as it is now, since a fix elsewhere left it alone (tests are never edited).
async function failureText(fix: ConfirmedFix, reader: WorkspaceReader): Promise<string | null> {
  const own = fix.edits?.find((e) => e.file === fix.failure.file);
  return own ? own.before : reader.readText(fix.failure.file);
}

// The fixer that made each fix, from its `fixes` row (model_used).
async function fixersOf(db: Knex, fixIds: string[]): Promise<Map<string, string | null>> {
  if (fixIds.length === 0) return new Map();
  const rows = await Fix.query(db).findByIds(fixIds).select('fix_id', 'model_used');
  return new Map(rows.map((row) => [row.fix_id, row.model_used]));
}
