import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import { listCiRuns } from '../../src/github/ci-status.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { pullRequestTarget, testOctokit } from './github-fixtures.ts';

// GitHub's own examples of a workflow run and a check suite: the REST API returns the same objects.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
const exampleOf = (event: string, key: string): Record<string, unknown> =>
  structuredClone((examples.find((e) => e.name === event)?.examples[0] as unknown as Record<string, Record<string, unknown>>)[key]);

interface RunFields {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  check_suite_id: number;
}

function workflowRun(sha: string, fields: RunFields): object {
  const { owner, repo } = pullRequestTarget();
  return { ...exampleOf('workflow_run', 'workflow_run'), ...fields, head_sha: sha, html_url: `https://github.com/${owner}/${repo}/actions/runs/${fields.id}` };
}

interface SuiteFields {
  id: number;
  app: { id: number; slug: string; name: string };
  status: string;
  conclusion: string | null;
  latest_check_runs_count: number;
}

function checkSuite(sha: string, fields: SuiteFields): object {
  const example = exampleOf('check_suite', 'check_suite');
  return { ...example, ...fields, app: { ...(example.app as object), ...fields.app }, head_sha: sha };
}

const ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };
const CIRCLE_APP = { id: 18001, slug: 'circleci-checks', name: 'CircleCI Checks' };
const RIFT_APP = { id: 424242, slug: 'rift-heal', name: 'RIFT' };
const OTHER_APP_IDLE = { id: 9191, slug: 'codecov', name: 'Codecov' };

describe('listCiRuns', () => {
  useStrictHttpMock();
  const { owner, repo, headSha: sha } = pullRequestTarget();
  const runsPath = `/repos/${owner}/${repo}/actions/runs`;
  const runsQuery = { head_sha: sha, exclude_pull_requests: 'true', per_page: '100' };
  const suitesPath = `/repos/${owner}/${repo}/commits/${sha}/check-suites`;

  it('lists the workflow runs of the commit and other apps’ check suites with check runs', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(200, {
        total_count: 2,
        workflow_runs: [
          workflowRun(sha, { id: 501, name: 'CI', status: 'completed', conclusion: 'success', check_suite_id: 9001 }),
          workflowRun(sha, { id: 502, name: 'Lint', status: 'in_progress', conclusion: null, check_suite_id: 9002 }),
        ],
      })
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(200, {
        total_count: 5,
        check_suites: [
          checkSuite(sha, { id: 9001, app: ACTIONS_APP, status: 'completed', conclusion: 'success', latest_check_runs_count: 1 }),
          checkSuite(sha, { id: 9002, app: ACTIONS_APP, status: 'in_progress', conclusion: null, latest_check_runs_count: 2 }),
          checkSuite(sha, { id: 9003, app: CIRCLE_APP, status: 'completed', conclusion: 'failure', latest_check_runs_count: 3 }),
          checkSuite(sha, { id: 9004, app: RIFT_APP, status: 'completed', conclusion: 'success', latest_check_runs_count: 1 }),
          checkSuite(sha, { id: 9005, app: OTHER_APP_IDLE, status: 'queued', conclusion: null, latest_check_runs_count: 0 }),
        ],
      });

    const runs = await listCiRuns(testOctokit(), { owner, repo, sha, ownAppId: RIFT_APP.id });

    expect(runs).toEqual([
      { source: 'actions', id: 501, name: 'CI', status: 'completed', conclusion: 'success', htmlUrl: `https://github.com/${owner}/${repo}/actions/runs/501` },
      { source: 'actions', id: 502, name: 'Lint', status: 'in_progress', conclusion: null, htmlUrl: `https://github.com/${owner}/${repo}/actions/runs/502` },
      { source: 'check-suite', id: 9003, name: 'CircleCI Checks', status: 'completed', conclusion: 'failure', htmlUrl: null },
    ]);
  });

  it('counts RIFT’s own suite when not told its app id', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(200, {
        total_count: 1,
        check_suites: [checkSuite(sha, { id: 9004, app: RIFT_APP, status: 'completed', conclusion: 'success', latest_check_runs_count: 1 })],
      });

    const runs = await listCiRuns(testOctokit(), { owner, repo, sha });

    expect(runs.map((run) => run.id)).toEqual([9004]);
  });

  it('reads a 404 from the Actions API (Actions disabled) as no workflow runs', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(200, {
        total_count: 1,
        check_suites: [checkSuite(sha, { id: 9003, app: CIRCLE_APP, status: 'in_progress', conclusion: null, latest_check_runs_count: 1 })],
      });

    const runs = await listCiRuns(testOctokit(), { owner, repo, sha });

    expect(runs).toEqual([{ source: 'check-suite', id: 9003, name: 'CircleCI Checks', status: 'in_progress', conclusion: null, htmlUrl: null }]);
  });

  it('types a 502 as transient and a missing permission as bad input', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(502, { message: 'Server Error' })
      .get(runsPath)
      .query(runsQuery)
      .reply(200, { total_count: 0, workflow_runs: [] })
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });

    await expect(listCiRuns(testOctokit(), { owner, repo, sha })).rejects.toBeInstanceOf(TransientError);
    const forbidden = listCiRuns(testOctokit(), { owner, repo, sha });

    await expect(forbidden).rejects.toBeInstanceOf(BadInputError);
    await expect(forbidden).rejects.toThrow(`GitHub answered 403 when RIFT tried to list the check suites of ${owner}/${repo}@${sha}`);
  });
});
