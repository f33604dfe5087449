// The RIFT check run on a pull request's head commit: one per run (external_id = run id), created
// once and updated in place; annotations go out in GitHub's batches of 50.
import type { GitHubClient } from './octokit.ts';
import {
  ANNOTATIONS_PER_REQUEST,
  type Annotation,
  type CheckRunConclusion,
  type CheckRunOutput,
  type CheckRunStatus,
} from './check-run-types.ts';
import { callGitHub } from './github-error.ts';

export interface EnsureCheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  /** The check's name on the pull request; "RIFT" unless given. */
  name?: string;
  /** The run id: tells this run's check apart from earlier runs on the same commit. */
  externalId: string;
  status: CheckRunStatus;
  output: CheckRunOutput;
  /** Required when status is "completed". */
  conclusion?: CheckRunConclusion;
  /** A page with the run's details, when RIFT has one. */
  detailsUrl?: string;
}

/** The name RIFT's check run has on every pull request. */
export const RIFT_CHECK_NAME = 'RIFT';

type NamedInput = EnsureCheckRunInput & { name: string };

interface ExistingCheckRun {
  id: number;
  /** Annotations GitHub already holds for it: they are append-only, so these are not sent again. */
  annotationsCount: number;
}

/** Creates or updates this run's check run, sends its annotations in batches; returns its id. */
export async function ensureCheckRun(octokit: GitHubClient, given: EnsureCheckRunInput): Promise<number> {
  const input: NamedInput = { ...given, name: given.name ?? RIFT_CHECK_NAME };
  if (input.status === 'completed' && !input.conclusion) {
    throw new Error('ensureCheckRun: a completed check run needs a conclusion');
  }
  const existing = await findCheckRun(octokit, input);
  // A retried call resumes after the annotations an earlier attempt delivered instead of duplicating them.
  const pending = (input.output.annotations ?? []).slice(existing?.annotationsCount ?? 0);
  const [first = [], ...rest] = batches(pending, ANNOTATIONS_PER_REQUEST);
  const output = { ...input.output, annotations: first };
  const id = existing ? await updateCheckRun(octokit, input, existing.id, output) : await createCheckRun(octokit, input, output);
  for (const annotations of rest) {
    await appendAnnotations(octokit, input, id, annotations);
  }
  return id;
}

/** Splits items into consecutive groups of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}

// All check runs named `name` on the commit (filter "all": "latest" would hide an earlier run's check).
async function findCheckRun(octokit: GitHubClient, input: NamedInput): Promise<ExistingCheckRun | undefined> {
  const { owner, repo, headSha, name, externalId } = input;
  return callGitHub(`list the check runs of ${owner}/${repo}@${headSha}`, async () => {
    const pages = octokit.paginate.iterator(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: headSha,
      check_name: name,
      filter: 'all',
      per_page: 100,
    });
    for await (const { data } of pages) {
      const found = data.find((run) => run.name === name && run.external_id === externalId);
      if (found) return { id: found.id, annotationsCount: found.output.annotations_count };
    }
    return undefined;
  });
}

async function createCheckRun(octokit: GitHubClient, input: NamedInput, output: CheckRunOutput): Promise<number> {
  const { owner, repo, headSha, name, externalId, status, conclusion, detailsUrl } = input;
  const { data } = await callGitHub(`create the ${name} check run on ${owner}/${repo}@${headSha}`, () =>
    octokit.rest.checks.create({
      owner,
      repo,
      name,
      head_sha: headSha,
      external_id: externalId,
      status,
      output,
      ...(conclusion ? { conclusion } : {}),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
    }),
  );
  return data.id;
}

async function updateCheckRun(
  octokit: GitHubClient,
  input: NamedInput,
  id: number,
  output: CheckRunOutput,
): Promise<number> {
  const { owner, repo, name, status, conclusion, detailsUrl } = input;
  await callGitHub(`update the ${name} check run ${id} on ${owner}/${repo}`, () =>
    octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      status,
      output,
      ...(conclusion ? { conclusion } : {}),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
    }),
  );
  return id;
}

// GitHub appends the annotations of every update; title, summary and text are resent unchanged
// because an output object must carry title and summary.
async function appendAnnotations(
  octokit: GitHubClient,
  input: NamedInput,
  id: number,
  annotations: Annotation[],
): Promise<void> {
  const { owner, repo, name } = input;
  await callGitHub(`annotate the ${name} check run ${id} on ${owner}/${repo}`, () =>
    octokit.rest.checks.update({ owner, repo, check_run_id: id, output: { ...input.output, annotations } }),
  );
}
