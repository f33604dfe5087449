// The knowledge base as the kb_lookup fixer sees it: patterns by signature, and a way to count a use.
import type { BugType, Language } from '../../types.ts';
import type { PatternDocument } from './document.ts';

/** A CI-confirmed fix, remembered. */
export interface StoredPattern {
  patternId: string;
  /** The run the fix was made in; null once that run was archived. */
  sourceRunId: string | null;
  signature: string;
  bugType: BugType;
  language: Language;
  tool: string;
  document: PatternDocument;
  /** The fixer (or model) that first made the fix. */
  modelUsed: string | null;
  /** In [0,1]: the confidence of the fix when it was made. */
  confidence: number;
  hits: number;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface KnowledgeBase {
  /** The patterns stored under a failure signature, the ones to try first first (most used, newest). */
  find(signature: string): Promise<StoredPattern[]>;
  /** Counts one replay of the pattern (hits, last_used_at). */
  markUsed(patternId: string): Promise<void>;
}
