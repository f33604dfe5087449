// Test support: a knowledge base in memory, filled from fixes through the real learnPattern.
import { learnPattern, type ConfirmedFix } from '../../../../src/heal/fix/kb/learn-pattern.ts';
import type { KnowledgeBase, StoredPattern } from '../../../../src/heal/fix/kb/types.ts';

export interface MemoryKnowledgeBase extends KnowledgeBase {
  patterns: StoredPattern[];
  used: string[];
  /** Learns a fix as record-patterns would; throws when learnPattern skips it. */
  learn(fix: ConfirmedFix, failureText: string, extra?: Partial<StoredPattern>): StoredPattern;
}

// A knowledge base whose find returns the patterns of a signature in the order they were learnt.
export function memoryKnowledgeBase(): MemoryKnowledgeBase {
  const patterns: StoredPattern[] = [];
  const used: string[] = [];
  return {
    patterns,
    used,
    async find(signature) {
      return patterns.filter((p) => p.signature === signature);
    },
    async markUsed(patternId) {
      used.push(patternId);
    },
    learn(fix, failureText, extra = {}) {
      const learnt = learnPattern(fix, failureText);
      if ('skip' in learnt) throw new Error(`not learnt: ${learnt.skip}`);
      const pattern: StoredPattern = {
        patternId: fix.fixId,
        sourceRunId: '11111111-1111-4111-8111-111111111111',
        signature: learnt.signature,
        bugType: fix.bugType,
        language: learnt.language,
        tool: fix.failure.tool,
        document: learnt.document,
        modelUsed: 'py-unused-import',
        confidence: learnt.confidence,
        hits: 0,
        createdAt: new Date(),
        lastUsedAt: null,
        ...extra,
      };
      patterns.push(pattern);
      return pattern;
    },
  };
}
