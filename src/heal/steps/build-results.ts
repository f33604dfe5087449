// Turns a finished run into results.json (DESIGN.md section 5): a pure function of the run's record.
import { computeScore } from '../../report/score.ts';
import type { CiLogEntry, CiVerdict, Results, UnresolvedFailure } from '../../report/results.ts';
import type { FixOutcome } from '../context.ts';
import type { Check, FinalStatus } from '../types.ts';

export interface RunRecord {
  runId: string;
  repoUrl: string;
  team: string;
  leader: string;
  branch: string;
  status: FinalStatus;
  startedAt: Date;
  finishedAt: Date;
  totalFailures: number;
  commits: number;
  retryLimit: number;
  fixes: FixOutcome[];
  ciLog: CiLogEntry[];
  unresolved: UnresolvedFailure[];
  checks: Check[];
  sandbox?: 'bwrap' | 'none';
  quarantineReason: string | null;
  failureReason: string | null;
  /** Set when the run was published for the repository's own CI (server mode). */
  ciVerdict?: CiVerdict;
}

/** The results.json object of a run. */
export function buildResults(run: RunRecord): Results {
  const totalTimeSecs = Math.round((run.finishedAt.getTime() - run.startedAt.getTime()) / 10) / 100;
  return {
    run_id: run.runId,
    repo_url: run.repoUrl,
    team_name: run.team,
    leader_name: run.leader,
    branch_name: run.branch,
    final_status: run.status,
    total_failures: run.totalFailures,
    total_fixes: run.fixes.filter((f) => f.status === 'applied').length,
    total_time_secs: totalTimeSecs,
    score: computeScore({ totalTimeSecs, commits: run.commits }),
    fixes: run.fixes.map((fix) => ({
      file: fix.file ?? fix.failure.file,
      bug_type: fix.bugType,
      line_number: fix.line,
      commit_message: fix.commitMessage ?? '',
      status: fix.status,
      fix_line: fix.fixLine,
      description: fix.failure.message,
      fix_description: fix.description,
      ...(fix.strategy ? { strategy: fix.strategy } : {}),
      ...(fix.confidence === null ? {} : { confidence: fix.confidence }),
      commit_sha: fix.commitSha,
    })),
    ci_log: run.ciLog,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt.toISOString(),
    total_commits: run.commits,
    total_iterations: run.ciLog.length,
    retry_limit: run.retryLimit,
    quarantine_reason: run.quarantineReason,
    failure_reason: run.failureReason,
    unresolved: run.unresolved,
    checks: run.checks.map((c) => ({ id: c.id, command: c.command, cwd: c.cwd })),
    ...(run.sandbox ? { sandbox: run.sandbox } : {}),
    ...(run.ciVerdict ? { ci_verdict: run.ciVerdict } : {}),
  };
}
