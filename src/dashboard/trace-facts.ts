// What a run's detail shows that only its trace records: the strategy behind each fix (the payload of
// its `propose_patch` step) and the run's retry limit (the payload of a `ci_run` step; the `CI iteration
// n/limit` label of runs recorded before the payload carried it).
import type { ExecutionTrace } from '../store/index.ts';

export interface TraceFacts {
  /** fix_id -> rule_first | kb_lookup | llm_single | llm_consensus. */
  strategies: Map<string, string>;
  /** The iteration limit the run worked under; null before its first CI round. */
  retryLimit: number | null;
}

const CI_LABEL = /^CI iteration \d+\/(\d+)\b/;

/** Reads the strategies and the retry limit off the steps (step order). */
export function traceFacts(steps: readonly Pick<ExecutionTrace, 'action_type' | 'action_label' | 'payload' | 'related_fix_id'>[]): TraceFacts {
  const strategies = new Map<string, string>();
  let retryLimit: number | null = null;
  for (const step of steps) {
    if (step.action_type === 'propose_patch' && step.related_fix_id) {
      const strategy = (step.payload as { strategy?: unknown } | null)?.strategy;
      if (typeof strategy === 'string') strategies.set(step.related_fix_id, strategy);
    }
    const recorded = step.action_type === 'ci_run' ? (step.payload as { retryLimit?: unknown } | null)?.retryLimit : undefined;
    const limit = typeof recorded === 'number' ? recorded : Number(CI_LABEL.exec(step.action_label)?.[1] ?? NaN);
    if (Number.isInteger(limit)) retryLimit = limit;
  }
  return { strategies, retryLimit };
}
