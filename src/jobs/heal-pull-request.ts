// The `agent-runs` job of the GitHub App: heals one pull request's run, start to end. A run started
// from the dashboard heals the default branch's head the same way, with no pull request: no comment,
// and the fix pull request goes into the default branch.
//  1. The run: missing is bad input; already terminal means a re-delivered job, nothing to do.
//  2. Its trigger, the installation client and token; git gets the token through its environment only.
//  3. The RIFT check run (in progress) and the live sticky comment (when there is a pull request).
//  4. The engine, with the fix branch published after each CI round (not for a fork) and delivered
//     at the end: the fix pull request, or the patch for a fork.
//  5. The completed check run and the final comment; the commit released; report.pdf queued.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { BadInputError } from '../errors/index.ts';
import type { GitHubHostEnv } from '../github/api-base-url.ts';
import { cloneUrlFor } from '../github/clone-url.ts';
import { endRunUnhealed } from '../heal/end-run-unhealed.ts';
import { fixBranchName } from '../heal/branch-name.ts';
import { healRun, type PreparedHeal } from '../heal/pipeline.ts';
import { redactSecrets } from '../heal/record/redact.ts';
import type { CommandLimits } from '../heal/run/limits.ts';
import type { Sandbox } from '../heal/sandbox/index.ts';
import type { Fixer } from '../heal/types.ts';
import type { KnowledgeBase } from '../heal/fix/kb/types.ts';
import type { LlmConfig } from '../llm/index.ts';
import type { Logger } from '../log.ts';
import { enqueuePdfExport } from '../queue/pdf-export.ts';
import { readResults, resultsPath, type Results } from '../report/results.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { getRun, isTerminalStatus } from '../store/index.ts';
import { readTrigger, type HealTrigger } from '../webhooks/trigger.ts';
import { checkRunHealVeto } from '../webhooks/guards/check-run-heal-veto.ts';
import { branchDelivery, forkDelivery, type Delivery } from './deliver-fixes.ts';
import { takeFixBranchLease } from './fix-branch-lease.ts';
import { createFixBranchRemote } from './fix-branch-remote.ts';
import { gitCredentialEnv } from './git-credentials.ts';
import { installationToken, type InstallationClient } from './installation-token.ts';
import { createPullRequestReport, type PullRequestReport } from './pull-request-report.ts';
import { releaseActiveRun } from './release-active-run.ts';
import { DEFAULT_CI_WAIT, type WaitForCiOptions } from './wait-for-ci.ts';

export type { InstallationClient } from './installation-token.ts';

export interface PullRequestJobDeps {
  db: Knex;
  runtime: RuntimeState;
  redis: Redis;
  sandbox: Sandbox;
  logger: Logger;
  /** Probot's installation client factory: (id) => probot.auth(id). */
  installationClient: (installationId: number) => Promise<InstallationClient>;
  env: GitHubHostEnv;
  outputDir: string;
  workRoot: string;
  pdfQueue?: Queue;
  ciWait?: Partial<Pick<WaitForCiOptions, 'appearTimeoutMs' | 'finishTimeoutMs' | 'pollMs'>>;
  limits?: CommandLimits;
  fixers?: Fixer[];
  /** RIFT's own app id: its check suites on a pushed commit are not the repository's CI. */
  appId?: number;
  /** At most one live check-run update per this many ms (5 s unless given). */
  reportIntervalMs?: number;
  /** The knowledge base of confirmed fixes (RIFT_KB=on). */
  knowledgeBase?: KnowledgeBase;
  /** The models for the LLM strategies (LLM_PROVIDER...); none: RIFT heals without them. */
  llm?: LlmConfig | null;
}

const REPORT_INTERVAL_MS = 5_000;

/** Heals the pull request of a queued run; a run that is already terminal is left as it is. */
export async function healPullRequest(runId: string, deps: PullRequestJobDeps): Promise<void> {
  const run = await getRun(deps.db, runId);
  if (!run) throw new BadInputError(`run ${runId} does not exist`);
  const log = deps.logger.child({ runId, repo: run.repo_url });
  if (isTerminalStatus(run.status)) {
    // A job delivered again after its run ended: only the commit's key may have outlived a crash.
    log.info({ status: run.status }, 'run already ended; nothing to do');
    await releaseCommit(runId, run.fingerprint, deps, log);
    return;
  }
  const trigger = await readTrigger(deps.db, runId);
  const client = await deps.installationClient(trigger.installationId);
  // The check_run edge answers without asking GitHub; whether this pull request may be healed
  // (still open at this commit, not a bots-only branch) is decided here, before anything is posted.
  const veto = await checkRunHealVeto(client, trigger);
  if (veto) {
    log.info({ reason: veto }, 'pull request not healed');
    await endRunUnhealed({ db: deps.db, runtime: deps.runtime, logger: deps.logger, runId, reason: veto, outputDir: deps.outputDir });
    await releaseCommit(runId, run.fingerprint, deps, log);
    return;
  }
  const gitEnv = gitCredentialEnv(await installationToken(client, trigger.installationId));
  const prepared = preparedHeal(trigger, deps, gitEnv);

  const report = pullRequestReport(runId, trigger, prepared.branch, client, deps);
  await report.start();
  const delivery = await deliveryFor(trigger, prepared.branch, client, gitEnv, deps);
  log.info({ kind: trigger.kind, pull: trigger.pullNumber, fork: trigger.fork, branch: prepared.branch }, 'pull request heal started');
  const outcome = await healRun(
    prepared,
    {
      db: deps.db,
      runtime: deps.runtime,
      logger: deps.logger,
      sandbox: deps.sandbox,
      workRoot: deps.workRoot,
      ...(deps.limits ? { limits: deps.limits } : {}),
      ...(deps.fixers ? { fixers: deps.fixers } : {}),
      ...(deps.knowledgeBase ? { knowledgeBase: deps.knowledgeBase } : {}),
      ...(deps.llm ? { llm: deps.llm } : {}),
      ...(delivery.remote ? { remote: delivery.remote } : {}),
      deliver: delivery.deliver,
      onStep: report.onStep,
    },
    runId,
  );
  await report.finish(outcome.results, delivery.delivered());
  log.info({ status: outcome.results.final_status, score: outcome.results.score.total }, 'pull request heal finished');
  await afterRun(runId, run.fingerprint, deps, log);
}

/** The worker gave up on the run: it ends FAILED with the reason, and the pull request is told. */
export async function givePullRequestRunUp(runId: string, err: unknown, deps: PullRequestJobDeps): Promise<void> {
  const run = await getRun(deps.db, runId);
  if (!run) return;
  const log = deps.logger.child({ runId, repo: run.repo_url });
  try {
    const reason = redactSecrets(err instanceof Error ? err.message : String(err));
    const { db, runtime, logger, outputDir } = deps;
    const results = (await endRunUnhealed({ db, runtime, logger, runId, reason, outputDir })) ?? (await storedResults(outputDir, runId));
    if (results) await reportGivenUp(runId, results, deps, log);
  } finally {
    await releaseCommit(runId, run.fingerprint, deps, log);
  }
}

// The run as the engine takes it: the head commit of the pull request, cloned with the token in git's env.
function preparedHeal(trigger: HealTrigger, deps: PullRequestJobDeps, cloneEnv: Record<string, string>): PreparedHeal {
  // A fork's commit lives in the fork: that is the repository to clone.
  const [owner, repo] = trigger.fork ? trigger.headRepoFullName.split('/') : [trigger.owner, trigger.repo];
  return {
    request: {
      target: trigger.repoHtmlUrl,
      team: trigger.team,
      leader: trigger.leader,
      ...(trigger.maxIterations ? { maxIterations: trigger.maxIterations } : {}),
      outputDir: deps.outputDir,
      pdf: false,
    },
    branch: fixBranchName(trigger.team, trigger.leader),
    source: {
      cloneFrom: cloneUrlFor(deps.env, owner, repo),
      repoUrl: trigger.repoHtmlUrl,
      localPath: null,
      commitSha: trigger.headSha,
      ref: trigger.headRef,
      cloneEnv,
    },
  };
}

function pullRequestReport(
  runId: string,
  trigger: HealTrigger,
  branch: string,
  client: InstallationClient,
  deps: PullRequestJobDeps,
): PullRequestReport {
  return createPullRequestReport({
    octokit: client,
    target: { owner: trigger.owner, repo: trigger.repo, pullNumber: trigger.pullNumber, headSha: trigger.headSha },
    runId,
    branch,
    ...(trigger.maxIterations ? { retryLimit: trigger.maxIterations } : {}),
    db: deps.db,
    runtime: deps.runtime,
    logger: deps.logger,
    intervalMs: deps.reportIntervalMs ?? REPORT_INTERVAL_MS,
  });
}

// A fork gets no remote (the local checks are the verdict) and a patch; otherwise the branch is
// pushed under a lease taken now, from where it stands as the run begins.
async function deliveryFor(
  trigger: HealTrigger,
  branch: string,
  client: InstallationClient,
  gitEnv: Record<string, string>,
  deps: PullRequestJobDeps,
): Promise<Delivery & { remote?: ReturnType<typeof createFixBranchRemote> }> {
  if (trigger.fork) return forkDelivery({ headSha: trigger.headSha, logger: deps.logger });
  const lease = await takeFixBranchLease({
    url: cloneUrlFor(deps.env, trigger.owner, trigger.repo),
    branch,
    refs: { baseRef: trigger.baseRef, headRef: trigger.headRef },
    env: gitEnv,
  });
  const remote = createFixBranchRemote({
    octokit: client,
    owner: trigger.owner,
    repo: trigger.repo,
    lease,
    ciWait: { ...DEFAULT_CI_WAIT, ...deps.ciWait },
    redis: deps.redis,
    ...(deps.appId === undefined ? {} : { ownAppId: deps.appId }),
    logger: deps.logger,
  });
  const delivery = branchDelivery({
    octokit: client,
    owner: trigger.owner,
    repo: trigger.repo,
    pullNumber: trigger.pullNumber,
    headRef: trigger.headRef,
    headSha: trigger.headSha,
    lease,
    logger: deps.logger,
  });
  return { ...delivery, remote };
}

// The commit is free for a new run, and the PDF is drawn off this worker's path.
async function afterRun(runId: string, fingerprint: string, deps: PullRequestJobDeps, log: Logger): Promise<void> {
  await releaseCommit(runId, fingerprint, deps, log);
  if (!deps.pdfQueue) return;
  await enqueuePdfExport(deps.pdfQueue, runId).catch((err: unknown) => log.warn({ err }, 'could not queue the pdf export'));
}

// The key expires by itself; failing to delete it must not fail a finished run.
async function releaseCommit(runId: string, fingerprint: string, deps: PullRequestJobDeps, log: Logger): Promise<void> {
  await releaseActiveRun(deps.redis, fingerprint, runId).catch((err: unknown) => log.warn({ err }, 'could not release the active run key'));
}

// Best effort: the installation may be what failed.
async function reportGivenUp(runId: string, results: Results, deps: PullRequestJobDeps, log: Logger): Promise<void> {
  try {
    const trigger = await readTrigger(deps.db, runId);
    const client = await deps.installationClient(trigger.installationId);
    await pullRequestReport(runId, trigger, results.branch_name, client, deps).finish(results);
  } catch (err) {
    log.warn({ err }, 'could not report the given-up run on its pull request');
  }
}

// results.json of a run that had ended before the worker gave up, if it was written.
function storedResults(outputDir: string, runId: string): Promise<Results | null> {
  return readResults(resultsPath(outputDir, runId)).catch(() => null);
}
