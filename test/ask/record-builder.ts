// Hand-built run records for the pure tests: steps and rows in the shapes the pipeline stores them
// (see src/heal/steps), trimmed to the fields "Ask the run" reads.
import type { CiEventFacts, FixFacts, RunRecord, TraceFacts } from '../../src/ask/types.ts';

/** One trace step. */
export function step(step_index: number, agent_node: string, action_type: string, action_label: string, extra: Partial<TraceFacts> = {}): TraceFacts {
  return { step_index, agent_node, action_type, action_label, payload: null, thought_text: null, related_fix_id: null, related_ci_event_id: null, ...extra };
}

/** An applied LINTING fix; override what the test is about. */
export function fixRow(fix: Partial<FixFacts> & Pick<FixFacts, 'fix_id' | 'file_path' | 'line_number'>): FixFacts {
  return { bug_type: 'LINTING', line_end: null, description: "'json' imported but unused", fix_description: 'remove the import statement', status: 'applied', commit_sha: null, commit_message: null, confidence_score: 0.95, model_used: 'py-unused-import', ...fix };
}

/** A completed CI event; override what the test is about. */
export function ciEventRow(event: Partial<CiEventFacts> & Pick<CiEventFacts, 'event_id' | 'iteration'>): CiEventFacts {
  return { status: 'passed', failures_before: 1, failures_after: 0, new_failures: [], regression_detected: false, rollback_triggered: false, rollback_commit_sha: null, ...event };
}

/** A finished run's record around these rows. */
export function runRecord(traces: TraceFacts[], fixes: FixFacts[] = [], ciEvents: CiEventFacts[] = []): RunRecord {
  return {
    run: { run_id: '00000000-0000-4000-8000-000000000000', status: 'passed', total_time_secs: 12.5, base_score: 100, speed_bonus: 10, efficiency_penalty: 0, final_score: 110, total_commits: fixes.length, total_iterations: ciEvents.length, quarantine_reason: null },
    traces,
    fixes,
    ciEvents,
  };
}
