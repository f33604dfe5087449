// What the knowledge base did in one run, from its trace and its results: patterns learnt at the end,
// replays proposed, and which strategy made each fix that stayed. Pure, so the warm pass can show
// whether a case was healed by a replay or by searching again.
import type { ResultsFix } from '../src/report/results.ts';
import type { TraceRow } from './measure.ts';

export interface KbUse {
  /** kb_lookup patches proposed (kept or not). */
  proposed: number;
  /** Fixes still applied at the end that kb_lookup made: replays CI confirmed. */
  replayed: number;
  /** The strategy of each fix still applied at the end, in order ("unknown" when none was recorded). */
  appliedStrategies: string[];
  /** Patterns stored by the learn step; null when it recorded nothing (no confirmed fix, or no KB). */
  learnt: { recorded: number; known: number; skipped: string[] } | null;
}

interface LearnPayload {
  recorded?: unknown[];
  known?: unknown[];
  skipped?: Array<{ reason?: string }>;
}

/** The knowledge base's part in a run. */
export function kbUse(traces: TraceRow[], fixes: readonly ResultsFix[]): KbUse {
  const proposed = traces.filter((t) => t.action_type === 'propose_patch' && strategyOf(t.payload) === 'kb_lookup').length;
  const applied = fixes.filter((f) => f.status === 'applied');
  const learnTrace = traces.find((t) => t.action_type === 'learn_fixes');
  const payload = (learnTrace?.payload ?? null) as LearnPayload | null;
  return {
    proposed,
    replayed: applied.filter((f) => f.strategy === 'kb_lookup').length,
    appliedStrategies: applied.map((f) => f.strategy ?? 'unknown'),
    learnt: payload
      ? {
          recorded: payload.recorded?.length ?? 0,
          known: payload.known?.length ?? 0,
          skipped: (payload.skipped ?? []).map((s) => s.reason ?? 'no reason'),
        }
      : null,
  };
}

function strategyOf(payload: unknown): unknown {
  return (payload as { strategy?: unknown } | null)?.strategy;
}
