// The end of a run (DESIGN.md section 6, step 6): score, results.json, PDF, and the run row made
// terminal with every total, so the database and the artifacts tell the same story.
import type { Knex } from 'knex';
import type { Logger } from '../../log.ts';
import { writeArtifacts, type ArtifactPaths } from '../../report/artifacts.ts';
import type { CiLogEntry, CiVerdict, Results, UnresolvedFailure } from '../../report/results.ts';
import { finishRun as finishRunRow, recordActualScores, recordStrategyOutcome, listBenchmarkScores } from '../../store/index.ts';
import type { HealContext } from '../context.ts';
import type { Recorder } from '../record/recorder.ts';
import type { FinalStatus } from '../types.ts';
import type { RepoSource } from '../workspace/source.ts';
import { failureKey } from '../verify/failure-key.ts';
import { describeUnplacedFailure } from '../run/run-check.ts';
import { actualScores } from './predict-score.ts';
import { buildResults } from './build-results.ts';

export interface FinishArgs {
  db: Knex;
  recorder: Recorder;
  logger: Logger;
  runId: string;
  source: RepoSource;
  request: { team: string; leader: string; outputDir: string; pdf: boolean };
  branch: string;
  startedAt: Date;
  status: FinalStatus;
  retryLimit: number;
  ciLog: CiLogEntry[];
  /** Null when the run ended before its checks were known. */
  ctx: HealContext | null;
  quarantineReason: string | null;
  failureReason: string | null;
  /** Whose CI decided, when the run was published for GitHub's (server mode). */
  ciVerdict?: CiVerdict;
  /** How repository commands were isolated; absent when none ran. */
  sandboxKind?: 'bwrap' | 'none';
}

export interface FinishedRun {
  results: Results;
  paths: ArtifactPaths;
  /**
   * Makes the run's row terminal with every total. Called last, after delivery: a worker that dies
   * before it leaves the run `running`, so the job is taken up again instead of the fix pull request
   * being lost with a run that looks done.
   */
  markTerminal(): Promise<void>;
}

/** Scores the run and writes its artifacts (results.json first); the row goes terminal with markTerminal. */
export async function finishRun(args: FinishArgs): Promise<FinishedRun> {
  const { ctx, db, runId } = args;
  const fixes = ctx?.fixes ?? [];
  const results = buildResults({
    runId,
    repoUrl: args.source.repoUrl,
    team: args.request.team,
    leader: args.request.leader,
    branch: args.branch,
    status: args.status,
    startedAt: args.startedAt,
    finishedAt: new Date(),
    totalFailures: ctx?.seenFailures.size ?? 0,
    commits: ctx?.committer.count ?? 0,
    retryLimit: args.retryLimit,
    fixes,
    ciLog: args.ciLog,
    unresolved: ctx ? unresolvedOf(ctx) : [],
    checks: ctx?.checks ?? [],
    sandbox: args.sandboxKind,
    quarantineReason: args.quarantineReason,
    failureReason: args.failureReason,
    ciVerdict: args.ciVerdict,
  });

  // CI confirmed every fix still applied at the end: that is a success of its strategy.
  for (const fix of fixes) if (fix.status === 'applied' && fix.strategy) await recordStrategyOutcome(db, fix.bugType, fix.strategy, true);
  await args.recorder.step('score', 'score', `score ${results.score.total} (base ${results.score.base}, speed +${results.score.speed_bonus}, efficiency -${results.score.efficiency_penalty})`, {
    payload: results.score,
    thought: `${results.total_time_secs} s and ${results.total_commits} commit(s).`,
  });
  if ((await listBenchmarkScores(db, runId)).length > 0) await recordActualScores(db, runId, actualScores(results.score));

  const paths = await writeArtifacts(args.request.outputDir, results, { pdf: args.request.pdf, logger: args.logger });
  await args.recorder.step('report', 'write_results', `results.json written${paths.pdfPath ? ' and report.pdf' : ''}`, {
    payload: { resultsPath: paths.resultsPath, pdfPath: paths.pdfPath ?? null, pdfError: paths.pdfError?.message ?? null },
  });
  const markTerminal = async (): Promise<void> => {
    await finishRunRow(db, runId, {
      status: args.status.toLowerCase() as 'passed' | 'failed' | 'quarantined',
      end_time: new Date(results.finished_at!),
      total_time_secs: results.total_time_secs,
      base_score: results.score.base,
      speed_bonus: results.score.speed_bonus,
      efficiency_penalty: results.score.efficiency_penalty,
      final_score: results.score.total,
      total_failures: results.total_failures,
      total_fixes: results.total_fixes,
      total_commits: results.total_commits ?? 0,
      total_iterations: results.total_iterations ?? 0,
      total_llm_cost_usd: Number((ctx?.llm?.spentUsd() ?? 0).toFixed(6)),
      quarantine_reason: args.quarantineReason,
    });
    await args.recorder.live('status', args.status.toLowerCase());
    await args.recorder.live('score', results.score.total);
  };
  return { results, paths, markTerminal };
}

/** The failures still on the board at the end, each with why RIFT left it. */
function unresolvedOf(ctx: HealContext): UnresolvedFailure[] {
  const unresolved: UnresolvedFailure[] = [];
  for (const result of ctx.board.results.values()) {
    if (result.passed) continue;
    if (result.failures.length === 0) {
      unresolved.push({ file: '', line: 0, bug_type: null, message: describeUnplacedFailure(result), check: result.check.id, reason: 'the check fails without a failure RIFT can place' });
    }
    for (const failure of result.failures) {
      unresolved.push({
        file: failure.file,
        line: failure.line,
        bug_type: failure.bugType,
        message: failure.message,
        check: failure.check,
        reason: ctx.reasons.get(failureKey(failure)) ?? 'not attempted: the retry limit was reached first',
      });
    }
  }
  return unresolved;
}
