// Queries that list runs for a viewer (the dashboard): which repositories have runs, and one page of
// the runs of a chosen set of repositories, newest first.
import type { Knex } from 'knex';
import { Run } from '../models/run.ts';
import type { RunStatus } from '../types.ts';

/** A repo_url that has runs, and how many (of the status asked, if any). */
export interface RunRepository {
  repo_url: string;
  runs: number;
}

/** Every distinct repo_url with its number of runs, optionally of one status only. */
export async function listRunRepositories(db: Knex, filter: { status?: RunStatus } = {}): Promise<RunRepository[]> {
  const query = db('runs').select('repo_url').count<{ repo_url: string; runs: string | number }[]>({ runs: '*' }).groupBy('repo_url').orderBy('repo_url');
  if (filter.status) query.where({ status: filter.status });
  const rows = await query;
  return rows.map((row) => ({ repo_url: row.repo_url, runs: Number(row.runs) }));
}

export interface RunPageQuery {
  /** Only runs of these repo_urls; none given, no runs. */
  repoUrls: readonly string[];
  status?: RunStatus;
  limit: number;
  offset: number;
}

/** One page of the runs of the given repositories, newest first (run_id breaks ties, so pages never overlap). */
export async function listRunsPage(db: Knex, page: RunPageQuery): Promise<Run[]> {
  if (page.repoUrls.length === 0) return [];
  const query = Run.query(db)
    .whereIn('repo_url', [...page.repoUrls])
    .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'run_id', order: 'desc' }])
    .limit(page.limit)
    .offset(page.offset);
  if (page.status) query.where({ status: page.status });
  return query;
}
