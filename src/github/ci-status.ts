// The CI runs of one commit, as plain data: what RIFT waits for after pushing its fix branch.
//
// Two sources, combined so that every CI is counted once:
// - GitHub Actions workflow runs (GET /actions/runs?head_sha=): they carry the run id that
//   ci_events.github_run_id records and a page a person can open.
// - Check suites of the commit (GET /commits/{sha}/check-suites): the CI of other apps (CircleCI,
//   Buildkite...). Left out: the suites of GitHub Actions itself (each workflow run is one of them, so
//   counting both would count Actions twice, and a re-run's superseded suite would outvote its new
//   attempt), RIFT's own suites (its check run is a report, not CI), and suites with no check runs
//   (GitHub creates an empty suite for every installed app on every push; they would never finish).
// Commit statuses (the older Status API) are not read: CI that reports only through them is absent.
import type { GitHubClient } from './octokit.ts';
import { callGitHub } from './github-error.ts';

export type CiRunSource = 'actions' | 'check-suite';

/** One CI run on a commit: a workflow run, or another app's check suite. */
export interface CiRun {
  source: CiRunSource;
  /** The workflow run id, or the check suite id. */
  id: number;
  /** The workflow's name, or the app's name. */
  name: string;
  /** queued, in_progress, completed, waiting, requested, pending. */
  status: string | null;
  /** Set once completed: success, failure, neutral, cancelled, skipped, timed_out, action_required... */
  conclusion: string | null;
  /** A page about the run (null for check suites, which have none). */
  htmlUrl: string | null;
}

export interface CiRunsQuery {
  owner: string;
  repo: string;
  sha: string;
  /** RIFT's own app id: its check suites are not CI. */
  ownAppId?: number;
  /** Aborts the requests in flight. */
  signal?: AbortSignal;
}

/** The app whose check suites are the workflow runs already listed from the Actions API. */
export const GITHUB_ACTIONS_APP_SLUG = 'github-actions';

/** Every CI run on the commit: Actions workflow runs, then other apps' non-empty check suites. */
export async function listCiRuns(octokit: GitHubClient, query: CiRunsQuery): Promise<CiRun[]> {
  const workflowRuns = await listWorkflowRuns(octokit, query);
  const suites = await listOtherCheckSuites(octokit, query, new Set(workflowRuns.map((run) => run.checkSuiteId)));
  return [...workflowRuns.map(({ checkSuiteId: _, ...run }) => run), ...suites];
}

type WorkflowCiRun = CiRun & { checkSuiteId: number | null };

// A 404 means Actions is disabled on the repository (or the app may not read it): no workflow runs.
async function listWorkflowRuns(octokit: GitHubClient, query: CiRunsQuery): Promise<WorkflowCiRun[]> {
  const { owner, repo, sha, signal } = query;
  const runs = await emptyOn404(() =>
    callGitHub(`list the workflow runs of ${owner}/${repo}@${sha}`, () =>
      octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
        owner,
        repo,
        head_sha: sha,
        exclude_pull_requests: true,
        per_page: 100,
        ...(signal ? { request: { signal } } : {}),
      }),
    ),
  );
  return runs.map((run) => ({
    source: 'actions' as const,
    id: Number(run.id),
    name: run.name || run.display_title || run.path,
    status: run.status,
    conclusion: run.conclusion,
    htmlUrl: run.html_url,
    checkSuiteId: run.check_suite_id === undefined ? null : Number(run.check_suite_id),
  }));
}

// A 404 right after a push (the commit not yet visible to this API) is read as "nothing yet".
async function listOtherCheckSuites(
  octokit: GitHubClient,
  query: CiRunsQuery,
  actionsSuiteIds: Set<number | null>,
): Promise<CiRun[]> {
  const { owner, repo, sha, ownAppId, signal } = query;
  const suites = await emptyOn404(() =>
    callGitHub(`list the check suites of ${owner}/${repo}@${sha}`, () =>
      octokit.paginate(octokit.rest.checks.listSuitesForRef, {
        owner,
        repo,
        ref: sha,
        per_page: 100,
        ...(signal ? { request: { signal } } : {}),
      }),
    ),
  );
  return suites
    .filter((suite) => suite.latest_check_runs_count > 0)
    .filter((suite) => suite.app?.slug !== GITHUB_ACTIONS_APP_SLUG && !actionsSuiteIds.has(Number(suite.id)))
    .filter((suite) => ownAppId === undefined || suite.app?.id !== ownAppId)
    .map((suite) => ({
      source: 'check-suite' as const,
      id: Number(suite.id),
      name: suite.app?.name ?? suite.app?.slug ?? `check suite ${suite.id}`,
      status: suite.status,
      conclusion: suite.conclusion,
      htmlUrl: null,
    }));
}

// callGitHub has already typed the error; the 404 is recognised by the HTTP status it wraps.
async function emptyOn404<T>(list: () => Promise<T[]>): Promise<T[]> {
  try {
    return await list();
  } catch (error) {
    if (httpStatusOf(error) === 404) return [];
    throw error;
  }
}

function httpStatusOf(error: unknown): number | undefined {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const status = (cause as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
