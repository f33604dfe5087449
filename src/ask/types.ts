// The shapes "Ask the run" works on: the run's own rows, reduced to the fields an answer uses, so the
// core stays plain data (the store's models fit them as they are; tests may build them by hand).
import type { BugType } from '../heal/types.ts';
import type { CiEventStatus, FixStatus, RunStatus } from '../store/types.ts';

export interface RunFacts {
  run_id: string;
  status: RunStatus;
  total_time_secs: number | null;
  base_score: number | null;
  speed_bonus: number | null;
  efficiency_penalty: number | null;
  final_score: number | null;
  total_commits: number | null;
  total_iterations: number | null;
  quarantine_reason: string | null;
}

export interface FixFacts {
  fix_id: string;
  file_path: string;
  bug_type: BugType;
  line_number: number;
  line_end: number | null;
  /** The failure, as the tool reported it. */
  description: string;
  fix_description: string;
  status: FixStatus;
  commit_sha: string | null;
  commit_message: string | null;
  confidence_score: number | null;
  model_used: string | null;
}

export interface CiEventFacts {
  event_id: string;
  iteration: number;
  status: CiEventStatus;
  failures_before: number | null;
  failures_after: number | null;
  new_failures: string[] | null;
  regression_detected: boolean;
  rollback_triggered: boolean;
  rollback_commit_sha: string | null;
}

export interface TraceFacts {
  step_index: number;
  agent_node: string;
  action_type: string;
  action_label: string;
  payload: unknown;
  /** Why the agent took the step. */
  thought_text: string | null;
  related_fix_id: string | null;
  related_ci_event_id: string | null;
}

/** Everything the run recorded about itself, traces in step order. */
export interface RunRecord {
  run: RunFacts;
  traces: TraceFacts[];
  fixes: FixFacts[];
  ciEvents: CiEventFacts[];
}

/** A step an answer relies on, as the dashboard shows it. */
export interface Citation {
  stepIndex: number;
  node: string;
  action: string;
  label: string;
}

export interface AskResult {
  answer: string;
  /** The steps the answer cites, each once, in the order it cites them. */
  citations: Citation[];
  mode: 'retrieval' | 'llm';
  /** Why a configured model was not used (it failed, stopped, or cited nothing it was given). */
  fallback?: string;
}
