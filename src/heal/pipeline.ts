// The healing loop of DESIGN.md section 6, one call a step:
//  1. Workspace: clone the repository, create the fix branch from the failing commit.
//  2. Detect what its CI runs (workflows, conventions, .github/rift.yml); install dependencies.
//  3. Baseline: run every check in the sandbox, parse the failures, confirm them (flaky?).
//  4. Fix round: failures in dependency order, each patch verified by the check that reported it.
//  5. CI round: every check again; a regression rolls its commit back; a flip with no change quarantines.
//     In server mode the branch is then pushed and the repository's own CI on GitHub has its say.
//  6. Repeat 4-5 until green, no progress, or the retry limit.
//  7. Score, results.json, PDF.
//  8. Deliver the fix branch: fetched back into a local repository and pushed with --push (CLI), or
//     handed to the caller (server mode: the fix pull request, or a patch for a fork).
import type { Knex } from 'knex';
import { createIgnoreMatcher } from '../config/ignore-paths.ts';
import type { Logger } from '../log.ts';
import type { ArtifactPaths } from '../report/artifacts.ts';
import type { CiLogEntry, Results } from '../report/results.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { getStrategyWeights, insertPredictedScores, insertRun, seedStrategyWeights, startRunAttempt, updateRunStatus } from '../store/index.ts';
import { BadInputError } from '../errors/index.ts';
import { createLlmSession, createProvider, withRepoBudget, type LlmConfig, type LlmSession } from '../llm/index.ts';
import { fixBranchName } from './branch-name.ts';
import { allPassed, createBoard, countFailures } from './check-board.ts';
import { createCommitter } from './committer.ts';
import type { HealContext } from './context.ts';
import { fingerprintOf } from './fingerprint.ts';
import { sandboxAutofixRunner } from './fix/autofix/runner.ts';
import { sandboxLogicRunner } from './fix/logic/logic-runner.ts';
import { defaultFixers } from './fix/registry.ts';
import { createRecorder, type Recorder, type StepEvent } from './record/recorder.ts';
import type { DeliverArgs, DeliverFn, FixBranchRemote } from './remote.ts';
import type { KnowledgeBase } from './fix/kb/types.ts';
import { CHECK_LIMITS, type CommandLimits } from './run/limits.ts';
import { DEFAULT_EXPLORATION, type Exploration } from './steps/choose-strategies.ts';
import type { Sandbox } from './sandbox/index.ts';
import { runBaseline } from './steps/baseline.ts';
import { deliverBranch } from './steps/deliver-branch.ts';
import { detectRepoChecks, type DetectedChecks } from './steps/detect-checks.ts';
import { finishRun } from './steps/finish-run.ts';
import { healIterations, type IterationsOutcome } from './steps/heal-iterations.ts';
import { installDependencies } from './steps/install.ts';
import { learnConfirmedFixes } from './steps/learn-fixes.ts';
import { predictScores } from './steps/predict-score.ts';
import type { Fixer } from './types.ts';
import { resolveSource, type RepoSource } from './workspace/source.ts';
import { createWorkspace, type Workspace } from './workspace/workspace.ts';
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
  /** Strategy exploration; DEFAULT_EXPLORATION unless a caller needs a fixed order. */
  exploration?: Exploration;
  onStep?: (event: StepEvent) => void;
  /** Server mode: the fix branch is pushed after each CI round and the repository's own CI has its say. */
  remote?: FixBranchRemote;
  /** Replaces the CLI's delivery (fetch the branch back, push with --push). */
  deliver?: DeliverFn;
  /** CI-confirmed fixes of earlier runs: replayed by `kb_lookup`, and this run's confirmed fixes added. */
  knowledgeBase?: KnowledgeBase;
  /** The models (readLlmConfig; null or absent: no LLM strategies, RIFT heals without them). */
  llm?: LlmConfig | null;
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

/**
 * Heals one prepared repository end to end; from here on every outcome is a terminal run. The CLI
 * lets it insert the run; a worker passes the run the webhook queued (`existingRunId`).
 */
export async function healRun(prepared: PreparedHeal, deps: HealDeps, existingRunId?: string): Promise<HealOutcome> {
  const { request, branch, source } = prepared;
  await seedStrategyWeights(deps.db);
  const { runId, startedAt, resumed } = await openRun(deps.db, prepared, existingRunId);
  const recorder = createRecorder({ runId, db: deps.db, runtime: deps.runtime, logger: deps.logger, onStep: deps.onStep });
  await recorder.live('status', 'running');
  if (resumed) {
    await recorder.step('plan', 'resume', 'started again after the previous attempt was abandoned', {
      thought: 'The worker that had this run stopped mid-way; what it recorded was discarded and the run starts from the failing commit again.',
    });
  }

  let workspace: Workspace | null = null;
  let retryLimit = request.maxIterations ?? DEFAULT_RETRY_LIMIT;
  const ciLog: CiLogEntry[] = [];
  let outcome: IterationsOutcome = { status: 'FAILED', quarantineReason: null, failureReason: null, ciLog };
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
    ctx = await createContext({ runId, recorder, deps, workspace, source, detected });
    await installDependencies(ctx, detected.installs);

    // 3. Baseline
    const baseline = await runBaseline(ctx);
    const ciRunSecs = baseline.results.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
    await insertPredictedScores(deps.db, runId, predictScores({ failures: countFailures(baseline.results), ciRunSecs, retryLimit }));
    if (baseline.flakyReason) {
      outcome = { ...outcome, status: 'QUARANTINED', quarantineReason: baseline.flakyReason };
    } else if (allPassed(ctx.board)) {
      outcome = { ...outcome, status: 'PASSED' };
      await recorder.step('plan', 'nothing_to_heal', 'every check passes already', { thought: 'The baseline is green: there is nothing to fix.' });
    } else {
      // 4-6. Fix, verify with CI, repeat
      outcome = await healIterations(ctx, { baseline: baseline.results, retryLimit, remote: deps.remote, ciLog });
      if (deps.knowledgeBase) await learnConfirmedFixes(ctx, outcome.status, outcome.ciVerdict?.source === 'github');
    }
  } catch (error) {
    // Whatever went wrong, the run still ends in a terminal status with its reason and its results.json.
    const badInput = error instanceof BadInputError;
    abort = badInput ? 'bad_input' : 'internal_error';
    const failureReason = badInput ? error.message : `RIFT error: ${(error as Error).message}`;
    outcome = { status: 'FAILED', quarantineReason: null, failureReason, ciLog };
    if (!badInput) deps.logger.error({ err: error, runId }, 'run failed with an internal error');
    await recorder.step('plan', abort, failureReason, {
      thought: badInput ? 'The repository cannot be healed as it is; the run ends here.' : 'A fault of RIFT, not of the repository.',
    });
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
    status: outcome.status,
    retryLimit,
    ciLog,
    ctx,
    quarantineReason: outcome.quarantineReason,
    failureReason: outcome.failureReason,
    ciVerdict: outcome.ciVerdict,
    sandboxKind: deps.sandbox.kind,
  });

  // 8. Deliver the branch, then make the run terminal
  if (workspace) {
    const commits = ctx?.committer.count ?? 0;
    const deliver = deps.deliver ?? ((args: DeliverArgs) => deliverBranch({ ...args, source, push: request.push ?? false }));
    try {
      await deliver({ workspace, branch, commits, results: finished.results, recorder });
    } finally {
      await workspace.dispose();
    }
  }
  await finished.markTerminal();
  return { results: finished.results, paths: finished.paths, abort };
}

// The run row: a new one for the CLI, or the queued (or abandoned) one a worker was given.
async function openRun(db: Knex, { request, branch, source }: PreparedHeal, existingRunId?: string) {
  if (existingRunId) {
    const { run, resumed } = await startRunAttempt(db, existingRunId);
    return { runId: run.run_id, startedAt: run.start_time, resumed };
  }
  const startedAt = new Date();
  const run = await insertRun(db, {
    fingerprint: fingerprintOf(source.repoUrl, source.commitSha),
    repo_url: source.repoUrl,
    team_name: request.team,
    leader_name: request.leader,
    branch_name: branch,
    start_time: startedAt,
  });
  await updateRunStatus(db, run.run_id, 'running');
  return { runId: run.run_id, startedAt, resumed: false };
}

// Everything the steps share, once the checks are known.
async function createContext(args: {
  runId: string;
  recorder: Recorder;
  deps: HealDeps;
  workspace: Workspace;
  source: RepoSource;
  detected: DetectedChecks;
}): Promise<HealContext> {
  const { runId, recorder, deps, workspace, source, detected } = args;
  const ignored = createIgnoreMatcher(detected.config.ignore);
  const limits = deps.limits ?? CHECK_LIMITS;
  const logger = deps.logger.child({ runId, repo: source.repoUrl });
  const board = createBoard([]);
  const llm = deps.llm ? openLlmSession(withRepoBudget(deps.llm, detected.config.llm_budget_usd), runId, { runtime: deps.runtime, recorder, logger }) : null;
  const fixers =
    deps.fixers ??
    defaultFixers({
      autofix: sandboxAutofixRunner(deps.sandbox, workspace, limits),
      // The board's fresh results spare the fixers a baseline run of the check.
      logic: sandboxLogicRunner(deps.sandbox, workspace, detected.checks, limits, board),
      kb: deps.knowledgeBase,
      llm: llm ?? undefined,
    });
  return {
    runId,
    recorder,
    logger,
    workspace,
    sandbox: deps.sandbox,
    checks: detected.checks,
    ignored,
    reader: withoutIgnored(workspace, ignored),
    board,
    committer: createCommitter(workspace),
    // `.github/rift.yml` may leave strategies out (no models for this repository, say).
    fixers: fixers.filter((fixer) => detected.config.strategies.includes(fixer.strategy)),
    llm,
    weights: await getStrategyWeights(deps.db),
    exploration: deps.exploration ?? DEFAULT_EXPLORATION,
    limits,
    fixes: [],
    iterationCommits: [],
    rolledBackPatches: new Set(),
    reasons: new Map(),
    seenFailures: new Set(),
    iteration: 0,
  };
}

// One session per run: the budget is per run, its spend is written to run:{id}:cost_usd as it grows,
// and every call goes in the trace, prompt and answer (the recorder redacts them again).
function openLlmSession(config: LlmConfig, runId: string, to: { runtime: RuntimeState; recorder: Recorder; logger: Logger }): LlmSession {
  return createLlmSession({
    provider: createProvider(config),
    config,
    logger: to.logger,
    onCost: (totalUsd) => to.runtime.setField(runId, 'cost_usd', Number(totalUsd.toFixed(6))),
    onExchange: (sent, answer) =>
      to.recorder.step('fix', 'llm_call', `${answer.model}: ${answer.usage.inputTokens} tokens in, ${answer.usage.outputTokens} out, $${answer.costUsd.toFixed(6)}`, {
        payload: { model: answer.model, temperature: sent.temperature ?? null, messages: sent.messages, answer: answer.text, usage: answer.usage, costUsd: answer.costUsd },
      }),
  });
}
