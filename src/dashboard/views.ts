// The JSON the API answers with: plain data from the store's rows, the same shapes the pages will use.
import { formatFixLine } from '../report/fix-line.ts';
import type { CiEvent, ExecutionTrace, Fix, Run } from '../store/index.ts';
import type { RepoRef } from './repo-ref.ts';
import type { TraceFacts } from './trace-facts.ts';

/** Score fields of a finished run, as results.json names them; null until the run is scored. */
export interface ScoreView {
  base: number | null;
  speed_bonus: number | null;
  efficiency_penalty: number | null;
  total: number;
}

/** A run in the runs list. */
export function runSummary(run: Run, repo: RepoRef) {
  return {
    run_id: run.run_id,
    repository: repo.fullName,
    repo_url: run.repo_url,
    branch_name: run.branch_name,
    team_name: run.team_name,
    leader_name: run.leader_name,
    status: run.status,
    start_time: run.start_time,
    end_time: run.end_time,
    total_time_secs: run.total_time_secs,
    score: scoreOf(run),
    created_at: run.created_at,
  };
}

/** Where a run's artifacts can be fetched; null while the file does not exist. */
export interface ArtifactLinks {
  results_json: string | null;
  report_pdf: string | null;
}

/** A run with its totals, fixes (with the strategy its trace names), CI timeline and artifacts. */
export function runDetail(run: Run, repo: RepoRef, fixes: Fix[], ciEvents: CiEvent[], facts: TraceFacts, artifacts: ArtifactLinks) {
  const repositoryUrl = `${new URL(run.repo_url).origin}/${repo.fullName}`;
  return {
    ...runSummary(run, repo),
    repository_url: repositoryUrl,
    retry_limit: facts.retryLimit,
    total_failures: run.total_failures,
    total_fixes: run.total_fixes,
    total_commits: run.total_commits,
    total_iterations: run.total_iterations,
    total_llm_cost_usd: run.total_llm_cost_usd,
    quarantine_reason: run.quarantine_reason,
    fixes: fixes.map((fix) => ({
      ...fixView(fix),
      strategy: facts.strategies.get(fix.fix_id) ?? null,
      commit_url: fix.commit_sha ? `${repositoryUrl}/commit/${fix.commit_sha}` : null,
    })),
    ci_events: ciEvents.map(ciEventView),
    artifacts,
  };
}

/** One step of a run's trace. */
export function traceStep(step: ExecutionTrace) {
  return {
    step_index: step.step_index,
    agent_node: step.agent_node,
    action_type: step.action_type,
    action_label: step.action_label,
    thought_text: step.thought_text,
    payload: step.payload,
    related_fix_id: step.related_fix_id,
    related_ci_event_id: step.related_ci_event_id,
    emitted_at: step.emitted_at,
  };
}

function scoreOf(run: Run): ScoreView | null {
  if (run.final_score === null || run.final_score === undefined) return null;
  return { base: run.base_score, speed_bonus: run.speed_bonus, efficiency_penalty: run.efficiency_penalty, total: run.final_score };
}

// Every surface shows the contract's fix line; the fields stay for tables and filters.
function fixView(fix: Fix) {
  return {
    fix_id: fix.fix_id,
    line: formatFixLine({ bugType: fix.bug_type, file: fix.file_path, line: fix.line_number, fixDescription: fix.fix_description }),
    file_path: fix.file_path,
    bug_type: fix.bug_type,
    line_number: fix.line_number,
    line_end: fix.line_end,
    description: fix.description,
    fix_description: fix.fix_description,
    status: fix.status,
    commit_sha: fix.commit_sha,
    commit_message: fix.commit_message,
    confidence_score: fix.confidence_score,
    model_used: fix.model_used,
    kb_match: fix.kb_match,
    original_code: fix.original_code,
    fixed_code: fix.fixed_code,
    applied_at: fix.applied_at,
  };
}

function ciEventView(event: CiEvent) {
  return {
    event_id: event.event_id,
    iteration: event.iteration,
    status: event.status,
    github_run_id: event.github_run_id,
    failures_before: event.failures_before,
    failures_after: event.failures_after,
    new_failures: event.new_failures,
    regression_detected: event.regression_detected,
    rollback_triggered: event.rollback_triggered,
    rollback_commit_sha: event.rollback_commit_sha,
    duration_secs: event.duration_secs,
    triggered_at: event.triggered_at,
    completed_at: event.completed_at,
  };
}
