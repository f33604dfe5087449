// The healing loop of DESIGN.md section 6, one call a step:
//  1. Workspace: clone the repository, create the fix branch from the failing commit.
//  2. Detect what its CI runs (workflows, conventions, .github/rift.yml); install dependencies.
//  3. Baseline: run every check in the sandbox, parse the failures, confirm them (flaky?).
//  4. Fix round: failures in dependency order, each patch verified by the check that reported it.
//  5. CI round: every check again; a regression rolls its commit back; a flip with no change quarantines.
//  6. Repeat 4-5 until green, no progress, or the retry limit; then score, results.json, PDF.
//  7. Deliver the fix branch: fetched back into a local repository, pushed with --push.
import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { createIgnoreMatcher } from '../config/ignore-paths.ts';
import type { Logger } from '../log.ts';
import type { ArtifactPaths } from '../report/artifacts.ts';
import type { CiLogEntry, Results } from '../report/results.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { getStrategyWeights, insertPredictedScores, insertRun, seedStrategyWeights, updateRunStatus } from '../store/index.ts';
import { BadInputError } from '../errors/index.ts';
import { fixBranchName } from './branch-name.ts';
import { allPassed, createBoard, countFailures } from './check-board.ts';
import { createCommitter } from './committer.ts';
import type { HealContext } from './context.ts';
import { sandboxAutofixRunner } from './fix/autofix/runner.ts';
import { defaultFixers } from './fix/registry.ts';
import { createRecorder, type StepEvent } from './record/recorder.ts';
import { CHECK_LIMITS, type CommandLimits } from './run/limits.ts';
import type { Sandbox } from './sandbox/index.ts';
import { runBaseline } from './steps/baseline.ts';
import { ciRound } from './steps/ci-round.ts';
import { detectRepoChecks } from './steps/detect-checks.ts';
import { finishRun } from './steps/finish-run.ts';
import { fixRound } from './steps/fix-round.ts';
import { installDependencies } from './steps/install.ts';
import { predictScores } from './steps/predict-score.ts';
import type { FinalStatus, Fixer } from './types.ts';
import { resolveSource, type RepoSource } from './workspace/source.ts';
import { createWorkspace, type Workspace } from './workspace/workspace.ts';
import { deliverBranch } from './steps/deliver-branch.ts';
import { withoutIgnored } from './workspace/without-ignored.ts';

export const DEFAULT_RETRY_LIMIT = 5;

export interface HealRequest {
  /** A local path or a git URL. */
  target: string;
  team: string;
  leader: string;
  /** Overrides `.github/rift.yml`'s retry_limit; DEFAULT_RETRY_LIMIT when neither says. */
  maxIterations?: number;
  outputDir: string;
  pdf: boolean;
  /** Push the fix branch to the remote when RIFT made commits. */
  push?: boolean;
  /** Directory that a relative target is resolved against. */
  cwd?: string;
}

export interface HealDeps {
  db: Knex;
  runtime: RuntimeState;
  logger: Logger;
  sandbox: Sandbox;
  workRoot: string;
  fixers?: Fixer[];
  limits?: CommandLimits;
  onStep?: (event: StepEvent) => void;
}

export interface HealOutcome {
  results: Results;
  paths: ArtifactPaths;
  /** Why the run ended early, when it did: the repository was bad input, or RIFT failed. */
  abort: 'bad_input' | 'internal_error' | null;
}

/** A request whose names, limit and repository were checked: what a run needs before it exists. */
export interface PreparedHeal {
  request: HealRequest;
  branch: string;
  source: RepoSource;
}

/** Checks what needs no database or sandbox, so bad input is refused at once; throws BadInputError. */
export async function prepareHeal(request: HealRequest): Promise<PreparedHeal> {
  const branch = fixBranchName(request.team, request.leader);
  if (request.maxIterations !== undefined && (!Number.isInteger(request.maxIterations) || request.maxIterations < 1)) {
    throw new BadInputError(`--max-iterations must be a whole number of at least 1, not ${request.maxIterations}.`);
  }
  return { request, branch, source: await resolveSource(request.target, request.cwd) };
}

/** Heals one prepared repository end to end; from here on every outcome is a terminal run. */
export async function healRun({ request, branch, source }: PreparedHeal, deps: HealDeps): Promise<HealOutcome> {
  const startedAt = new Date();
  const fingerprint = createHash('sha256').update(`${source.repoUrl}\n${source.commitSha}`).digest('hex');

  await seedStrategyWeights(deps.db);
  const run = await insertRun(deps.db, {
    fingerprint,
    repo_url: source.repoUrl,
    team_name: request.team,
    leader_name: request.leader,
    branch_name: branch,
    start_time: startedAt,
  });
  const runId = run.run_id;
  const recorder = createRecorder({ runId, db: deps.db, runtime: deps.runtime, logger: deps.logger, onStep: deps.onStep });
  await updateRunStatus(deps.db, runId, 'running');
  await recorder.live('status', 'running');

  let workspace: Workspace | null = null;
  let status: FinalStatus = 'FAILED';
  let retryLimit = request.maxIterations ?? DEFAULT_RETRY_LIMIT;
  let quarantineReason: string | null = null;
  let failureReason: string | null = null;
  const ciLog: CiLogEntry[] = [];
  let ctx: HealContext | null = null;
  let abort: HealOutcome['abort'] = null;

  try {
    // 1. Workspace
    workspace = await createWorkspace(source, { runId, branch, workRoot: deps.workRoot });
    await recorder.step('workspace', 'clone', `cloned ${source.repoUrl} at ${source.commitSha.slice(0, 7)} onto ${branch}`, {
      payload: { commit: source.commitSha, ref: source.ref, branch },
      thought: 'RIFT works in a clone of its own so the user’s work tree is never touched.',
    });

    // 2. Detect and install
    const detected = await detectRepoChecks(recorder, workspace.root);
    retryLimit = request.maxIterations ?? detected.config.retry_limit ?? DEFAULT_RETRY_LIMIT;
    const ignored = createIgnoreMatcher(detected.config.ignore);
    ctx = {
      runId,
      recorder,
      logger: deps.logger.child({ runId, repo: source.repoUrl }),
      workspace,
      sandbox: deps.sandbox,
      checks: detected.checks,
      ignored,
      reader: withoutIgnored(workspace, ignored),
      board: createBoard([]),
      committer: createCommitter(workspace),
      fixers: deps.fixers ?? defaultFixers({ autofix: sandboxAutofixRunner(deps.sandbox, workspace, deps.limits ?? CHECK_LIMITS) }),
      weights: await getStrategyWeights(deps.db),
      limits: deps.limits ?? CHECK_LIMITS,
      fixes: [],
      iterationCommits: [],
      rolledBackPatches: new Set(),
      reasons: new Map(),
      seenFailures: new Set(),
      iteration: 0,
    };
    await installDependencies(ctx, detected.installs);

    // 3. Baseline
    const baseline = await runBaseline(ctx);
    const ciRunSecs = baseline.results.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
    await insertPredictedScores(deps.db, runId, predictScores({ failures: countFailures(baseline.results), ciRunSecs, retryLimit }));
    if (baseline.flakyReason) {
      status = 'QUARANTINED';
      quarantineReason = baseline.flakyReason;
    } else if (allPassed(ctx.board)) {
      status = 'PASSED';
      await recorder.step('plan', 'nothing_to_heal', 'every check passes already', { thought: 'The baseline is green: there is nothing to fix.' });
    } else {
      // 4-6. Fix, verify with CI, repeat
      let previous = new Map(baseline.results.map((r) => [r.check.id, r]));
      for (let iteration = 1; iteration <= retryLimit; iteration += 1) {
        ctx.iteration = iteration;
        ctx.iterationCommits = [];
        await recorder.live('iteration', iteration);
        const kept = await fixRound(ctx);
        if (kept === 0) {
          await recorder.step('plan', 'no_progress', `iteration ${iteration}: no fix could be kept`, {
            thought: 'Every remaining failure was skipped or its patches failed verification; another iteration would change nothing.',
          });
          break;
        }
        const ci = await ciRound(ctx, previous, retryLimit);
        ciLog.push({ iteration, status: ci.passed ? 'passed' : 'failed', timestamp: ci.timestamp, regression: ci.regression });
        if (ci.flakyReason) {
          status = 'QUARANTINED';
          quarantineReason = ci.flakyReason;
          break;
        }
        if (ci.passed) {
          status = 'PASSED';
          break;
        }
        previous = new Map(ctx.board.results);
      }
    }
  } catch (error) {
    // Whatever went wrong, the run still ends in a terminal status with its reason and its results.json.
    status = 'FAILED';
    if (error instanceof BadInputError) {
      abort = 'bad_input';
      failureReason = error.message;
      await recorder.step('plan', 'bad_input', error.message, { thought: 'The repository cannot be healed as it is; the run ends here.' });
    } else {
      abort = 'internal_error';
      failureReason = `RIFT error: ${(error as Error).message}`;
      deps.logger.error({ err: error, runId }, 'run failed with an internal error');
      await recorder.step('plan', 'internal_error', failureReason, { thought: 'A fault of RIFT, not of the repository.' });
    }
  }

  // 7. Score and report
  const finished = await finishRun({
    db: deps.db,
    recorder,
    logger: deps.logger,
    runId,
    source,
    request,
    branch,
    startedAt,
    status,
    retryLimit,
    ciLog,
    ctx,
    quarantineReason,
    failureReason,
    sandboxKind: deps.sandbox.kind,
  });
  if (workspace) {
    await deliverBranch({ source, workspace, branch, push: request.push ?? false, commits: ctx?.committer.count ?? 0, recorder });
    await workspace.dispose();
  }
  return { results: finished.results, paths: finished.paths, abort };
}

