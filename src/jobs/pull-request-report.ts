// What the pull request shows of a run: the RIFT check run on its head commit and the sticky comment.
// Live while the run goes on (throttled, never in the engine's way), final when it ends. A run with no
// pull request (started from the dashboard on a branch head) has the check run alone. Reporting is
// never fatal: a GitHub failure here is logged and the run's record stands.
import type { Knex } from 'knex';
import { ensureCheckRun, type EnsureCheckRunInput } from '../github/ensure-check-run.ts';
import { ensureComment } from '../github/ensure-comment.ts';
import type { GitHubClient } from '../github/octokit.ts';
import type { StepEvent } from '../heal/record/recorder.ts';
import type { Logger } from '../log.ts';
import { renderCheckRun, renderLiveCheckRun } from '../report/check-run.ts';
import { renderLivePrComment, renderPrComment, STICKY_MARKER, type LiveProgress } from '../report/pr-comment.ts';
import type { Results, ResultsFix } from '../report/results.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { listFixes } from '../store/index.ts';
import { commentWithPatch } from './fork-patch.ts';
import { latestOnly } from './latest-only.ts';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  /** The pull request that gets the sticky comment; absent: no pull request, no comment. */
  pullNumber?: number;
  headSha: string;
}

export interface PullRequestReportOptions {
  octokit: GitHubClient;
  target: PullRequestTarget;
  runId: string;
  branch: string;
  retryLimit?: number;
  db: Knex;
  runtime: RuntimeState;
  logger: Logger;
  /** At most one live check-run update per this many ms. */
  intervalMs: number;
}

export interface FinalReportExtras {
  fixPullRequestUrl?: string;
  /** A fork's fixes, as a patch for the comment. */
  patch?: string;
}

export interface PullRequestReport {
  /** The in-progress check run and the live comment (when there is a pull request). */
  start(): Promise<void>;
  /** Sees each engine step; asks for a live update and returns at once. */
  onStep(event: StepEvent): void;
  /** Stops live updates, then the completed check run (annotations included) and the final comment, if any. */
  finish(results: Results, extras?: FinalReportExtras): Promise<void>;
}

/** The reporter of one run on its pull request. */
export function createPullRequestReport(options: PullRequestReportOptions): PullRequestReport {
  const { octokit, target, runId, logger } = options;
  const log = logger.child({ runId, repo: `${target.owner}/${target.repo}`, pull: target.pullNumber });
  let node = 'workspace';
  let lastLive = '';

  const checkRun = (input: Omit<EnsureCheckRunInput, 'owner' | 'repo' | 'headSha' | 'externalId'>) =>
    ensureCheckRun(octokit, { owner: target.owner, repo: target.repo, headSha: target.headSha, externalId: runId, ...input });
  const { pullNumber } = target;
  // The sticky comment's writer; null without a pull request to write it on.
  const comment =
    pullNumber === undefined
      ? null
      : (body: string) => ensureComment(octokit, { owner: target.owner, repo: target.repo, issueNumber: pullNumber, marker: STICKY_MARKER, body });

  async function progress(): Promise<LiveProgress> {
    const iteration = Number((await options.runtime.getField(runId, 'iteration')) ?? 0);
    const fixes = (await listFixes(options.db, runId)).filter((fix) => fix.status !== 'skipped').map(liveFix);
    const retryLimit = options.retryLimit ? { retryLimit: options.retryLimit } : {};
    return { runId, branchName: options.branch, node, iteration, fixes, ...retryLimit };
  }

  // Sends the live check run when what it would show changed since the last send.
  async function sendLive(): Promise<void> {
    const live = renderLiveCheckRun(await progress());
    const key = `${live.title}\n${live.summary}`;
    if (key === lastLive) return;
    await checkRun({ status: 'in_progress', output: live });
    lastLive = key;
  }

  const live = latestOnly(() => reported(log, 'live check run update failed', sendLive), options.intervalMs);

  return {
    async start() {
      await live.now();
      if (!comment) return;
      await reported(log, 'live comment failed', async () => {
        await comment(renderLivePrComment(await progress()));
      });
    },
    onStep(event) {
      node = event.node;
      live.poke();
    },
    async finish(results, extras = {}) {
      await live.close();
      const opts = extras.fixPullRequestUrl ? { fixPullRequestUrl: extras.fixPullRequestUrl } : {};
      const report = renderCheckRun(results, opts);
      await reported(log, 'final check run failed', () =>
        checkRun({
          status: 'completed',
          conclusion: report.conclusion,
          output: { title: report.title, summary: report.summary, text: report.text, annotations: report.annotations },
        }),
      );
      if (!comment) return;
      const body = renderPrComment(results, opts);
      await reported(log, 'final comment failed', () => comment(extras.patch ? commentWithPatch(body, extras.patch) : body));
    },
  };
}

// A fixes row as the live report lists it.
function liveFix(fix: Awaited<ReturnType<typeof listFixes>>[number]): ResultsFix {
  return {
    file: fix.file_path,
    bug_type: fix.bug_type,
    line_number: fix.line_number,
    commit_message: fix.commit_message ?? '',
    status: fix.status,
    fix_description: fix.fix_description,
  };
}

// Reporting failures are the pull request's loss, not the run's: logged, never thrown.
async function reported(log: Logger, message: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (err) {
    log.warn({ err }, message);
  }
}
