// The runs a viewer may see: runs of GitHub repositories the viewer can read. The list asks GitHub once
// per repository (cached), then lets PostgreSQL page through the runs of the readable ones.
import type { Knex } from 'knex';
import { getRun, listRunRepositories, listRunsPage, type Run, type RunStatus } from '../store/index.ts';
import type { AccessChecker } from './access.ts';
import { HttpError } from './http-error.ts';
import { repoRefOf, sameRepo, type RepoRef } from './repo-ref.ts';
import type { Viewer } from './session.ts';

export interface VisibleRunsDeps {
  db: Knex;
  access: AccessChecker;
  /** The configured GitHub's web origin; runs elsewhere are never shown. */
  webOrigin: string;
}

export interface RunListQuery {
  status?: RunStatus;
  /** `owner/name`. */
  repo?: string;
  page: number;
  perPage: number;
}

/** A run with the repository it belongs to. */
export interface VisibleRun {
  run: Run;
  repo: RepoRef;
}

/** At most this many access checks at once: a first page view must not flood GitHub. */
const ACCESS_CHECKS_AT_ONCE = 8;

/**
 * One page of the viewer's runs, newest first, how many there are in all, and the repositories GitHub
 * could not be asked about just now: their runs are left out of this answer, not the whole list.
 */
export async function listVisibleRuns(deps: VisibleRunsDeps, viewer: Viewer, query: RunListQuery): Promise<{ runs: VisibleRun[]; total: number; unchecked: string[] }> {
  const candidates = (await listRunRepositories(deps.db, { status: query.status }))
    .map((row) => ({ ...row, repo: repoRefOf(row.repo_url, deps.webOrigin) }))
    .filter((row): row is typeof row & { repo: RepoRef } => row.repo !== null && (!query.repo || sameRepo(row.repo, query.repo)));
  const unchecked: string[] = [];
  const readable = await filterLimited(candidates, ACCESS_CHECKS_AT_ONCE, async (row) => {
    try {
      return (await deps.access.accessTo(viewer, row.repo)) !== 'none';
    } catch (err) {
      // GitHub failing on one repository (502) hides its runs for now; a dead sign-in (401) or a spent
      // rate limit (503) concerns every repository and still ends the request.
      if (!(err instanceof HttpError) || err.statusCode !== 502) throw err;
      unchecked.push(row.repo.fullName);
      return false;
    }
  });
  const repoOf = new Map(readable.map((row) => [row.repo_url, row.repo]));
  const runs = await listRunsPage(deps.db, {
    repoUrls: [...repoOf.keys()],
    status: query.status,
    limit: query.perPage,
    offset: (query.page - 1) * query.perPage,
  });
  return {
    runs: runs.map((run) => ({ run, repo: repoOf.get(run.repo_url)! })),
    total: readable.reduce((sum, row) => sum + row.runs, 0),
    unchecked: [...new Set(unchecked)].sort(),
  };
}

/** The run when it exists and the viewer can read its repository; null otherwise (the two look alike). */
export async function findVisibleRun(deps: VisibleRunsDeps, viewer: Viewer, runId: string): Promise<VisibleRun | null> {
  const run = await getRun(deps.db, runId);
  if (!run) return null;
  const repo = repoRefOf(run.repo_url, deps.webOrigin);
  if (!repo) return null;
  return (await deps.access.accessTo(viewer, repo)) === 'none' ? null : { run, repo };
}

// Keeps the items the predicate accepts, in order, running at most `limit` predicates at a time.
async function filterLimited<T>(items: readonly T[], limit: number, keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const verdicts = new Array<boolean>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      verdicts[index] = await keep(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return items.filter((_, index) => verdicts[index]);
}
