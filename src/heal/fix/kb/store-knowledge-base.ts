// The knowledge base over the system of record's fix_patterns table.
import type { Knex } from 'knex';
import type { FixPattern } from '../../../store/models/fix-pattern.ts';
import { findFixPatterns, FIX_PATTERN_LOOKUP_LIMIT, markFixPatternUsed } from '../../../store/queries/fix-patterns.ts';
import { readPatternDocument } from './document.ts';
import type { KnowledgeBase, StoredPattern } from './types.ts';

/** A KnowledgeBase reading and counting patterns in `db`. */
export function storeKnowledgeBase(db: Knex, limit = FIX_PATTERN_LOOKUP_LIMIT): KnowledgeBase {
  return {
    async find(signature) {
      const rows = await findFixPatterns(db, signature, limit);
      return rows.map(toStoredPattern).filter((p): p is StoredPattern => p !== null);
    },
    async markUsed(patternId) {
      await markFixPatternUsed(db, patternId);
    },
  };
}

// A row as the fixer sees it; null when its document is of a shape this version cannot replay.
function toStoredPattern(row: FixPattern): StoredPattern | null {
  const document = readPatternDocument(row.document);
  if (!document) return null;
  return {
    patternId: row.pattern_id,
    sourceRunId: row.source_run_id,
    signature: row.signature,
    bugType: row.bug_type,
    language: row.language,
    tool: row.tool,
    document,
    modelUsed: row.model_used,
    confidence: row.confidence_score,
    hits: row.hits,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}
