import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { DEFAULT_CI_WAIT, waitForCi, type WaitForCiOptions } from '../../src/jobs/wait-for-ci.ts';
import { ciWakeChannel } from '../../src/runtime/ci-wake.ts';
import { pullRequestTarget, testOctokit } from '../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';

// GitHub's own example of a workflow run: the REST API lists the same objects.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
const exampleRun = (examples.find((e) => e.name === 'workflow_run')?.examples[0] as { workflow_run: object }).workflow_run;

const { owner, repo, headSha: sha } = pullRequestTarget();
const branch = 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix';
const runsPath = `/repos/${owner}/${repo}/actions/runs`;
const runsQuery = { head_sha: sha, exclude_pull_requests: 'true', per_page: '100' };
const suitesPath = `/repos/${owner}/${repo}/commits/${sha}/check-suites`;

function run(id: number, name: string, status: string, conclusion: string | null): object {
  return {
    ...structuredClone(exampleRun),
    id,
    name,
    status,
    conclusion,
    head_sha: sha,
    check_suite_id: id + 1000,
    html_url: `https://github.com/${owner}/${repo}/actions/runs/${id}`,
  };
}

/** One poll: the workflow runs given (or an error status), then no other check suites. */
function poll(scope: nock.Scope, runs: object[] | number): nock.Scope {
  if (typeof runs === 'number') return scope.get(runsPath).query(runsQuery).reply(runs, { message: 'Server Error' });
  return scope
    .get(runsPath)
    .query(runsQuery)
    .reply(200, { total_count: runs.length, workflow_runs: runs })
    .get(suitesPath)
    .query({ per_page: '100' })
    .reply(200, { total_count: 0, check_suites: [] });
}

function github(...polls: Array<object[] | number>): nock.Scope {
  return polls.reduce<nock.Scope>((scope, runs) => poll(scope, runs), nock('https://api.github.com'));
}

function options(overrides: Partial<WaitForCiOptions>): WaitForCiOptions {
  return { octokit: testOctokit(), owner, repo, sha, branch, appearTimeoutMs: 1000, finishTimeoutMs: 1000, pollMs: 10, ...overrides };
}

describe('waitForCi', () => {
  useStrictHttpMock();

  it('is absent when no CI appears within the appear timeout, after polling until then', async () => {
    let polls = 0;
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(() => ((polls += 1), [200, { total_count: 0, workflow_runs: [] }]))
      .persist()
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(200, { total_count: 0, check_suites: [] })
      .persist();
    const started = Date.now();

    const verdict = await waitForCi(options({ appearTimeoutMs: 500, pollMs: 50 }));

    expect(verdict).toEqual({
      kind: 'absent',
      detail: `the repository's CI did not run on ${branch} within 0.5 s; the local checks are the verdict`,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(polls).toBeGreaterThanOrEqual(2);
  });

  it('passes when every run finished with success, neutral or skipped', async () => {
    github([run(11, 'CI', 'completed', 'success'), run(12, 'Docs', 'completed', 'skipped'), run(13, 'Lint', 'completed', 'neutral')]);

    const verdict = await waitForCi(options({}));

    expect(verdict).toEqual({ kind: 'passed', githubRunId: 11, detail: `the repository's CI passed on ${branch}: CI, Docs, Lint` });
  });

  it('fails with the failing workflow run’s id and page', async () => {
    github([run(21, 'CI', 'completed', 'success'), run(22, 'Tests', 'completed', 'failure')]);

    const verdict = await waitForCi(options({}));

    expect(verdict).toEqual({
      kind: 'failed',
      githubRunId: 22,
      detail: `the repository's CI failed on ${branch}: Tests (failure, https://github.com/${owner}/${repo}/actions/runs/22)`,
    });
  });

  it('fails as soon as one run timed out, without waiting for the others', async () => {
    github([run(31, 'Slow', 'in_progress', null), run(32, 'Tests', 'completed', 'timed_out')]);

    const verdict = await waitForCi(options({ pollMs: 60_000 }));

    expect(verdict.kind).toBe('failed');
    expect(verdict.kind === 'failed' && verdict.githubRunId).toBe(32);
  });

  it('follows a run from queued through in progress to success across polls, past a 502', async () => {
    github(
      [run(41, 'CI', 'queued', null)],
      [run(41, 'CI', 'in_progress', null)],
      502,
      [run(41, 'CI', 'completed', 'success')],
    );

    const verdict = await waitForCi(options({}));

    expect(verdict).toEqual({ kind: 'passed', githubRunId: 41, detail: `the repository's CI passed on ${branch}: CI` });
  });

  it('says it timed out when CI started but did not finish in time', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(200, { total_count: 2, workflow_runs: [run(51, 'CI', 'in_progress', null), run(52, 'Lint', 'completed', 'success')] })
      .persist()
      .get(suitesPath)
      .query({ per_page: '100' })
      .reply(200, { total_count: 0, check_suites: [] })
      .persist();

    const verdict = await waitForCi(options({ appearTimeoutMs: 50, finishTimeoutMs: 120, pollMs: 30 }));

    expect(verdict).toEqual({
      kind: 'absent',
      detail: `the repository's CI on ${branch} timed out: still running after 0.12 s (CI); the local checks are the verdict`,
    });
  });

  it('lets a permission error end the wait', async () => {
    nock('https://api.github.com')
      .get(runsPath)
      .query(runsQuery)
      .reply(403, { message: 'Resource not accessible by integration' });

    await expect(waitForCi(options({}))).rejects.toBeInstanceOf(BadInputError);
  });

  it('stops with an AbortError when its signal aborts', async () => {
    github([run(61, 'CI', 'in_progress', null)]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();

    await expect(waitForCi(options({ pollMs: 60_000, signal: controller.signal }))).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('waits 90 s for CI to appear, 30 min for it to finish, and looks every 15 s by default', () => {
    expect(DEFAULT_CI_WAIT).toEqual({ appearTimeoutMs: 90_000, finishTimeoutMs: 1_800_000, pollMs: 15_000 });
  });
});

describe('waitForCi with Redis', () => {
  useStrictHttpMock();
  let redis: Redis;
  const channel = ciWakeChannel(`${owner}/${repo}`, sha);

  beforeAll(() => {
    redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    await redis.quit();
  });

  // PUBLISH answers how many subscribers got the message: the wait's subscriber may take a moment to join.
  async function publishUntilHeard(): Promise<void> {
    for (let tries = 0; tries < 100; tries++) {
      if ((await redis.publish(channel, 'check_suite completed')) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`nobody subscribed to ${channel}`);
  }

  async function subscribers(): Promise<number> {
    const [, count] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    return Number(count);
  }

  it('looks again at once when CI news is published, long before the next poll', async () => {
    github([run(71, 'CI', 'in_progress', null)], [run(71, 'CI', 'completed', 'success')]);
    const started = Date.now();

    const waiting = waitForCi(options({ pollMs: 30_000, redis }));
    await publishUntilHeard();
    const verdict = await waiting;

    expect(verdict).toEqual({ kind: 'passed', githubRunId: 71, detail: `the repository's CI passed on ${branch}: CI` });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await subscribers()).toBe(0);
  });

  it('closes its subscriber when the wait ends in an error', async () => {
    github([run(81, 'CI', 'in_progress', null)]).get(runsPath).query(runsQuery).reply(403, { message: 'Resource not accessible by integration' });

    const waiting = waitForCi(options({ pollMs: 60_000, redis }));
    const outcome = expect(waiting).rejects.toBeInstanceOf(BadInputError);
    await publishUntilHeard();
    await outcome;

    expect(await subscribers()).toBe(0);
  });

  it('closes its subscriber when aborted', async () => {
    github([run(91, 'CI', 'in_progress', null)]);
    const controller = new AbortController();

    const waiting = waitForCi(options({ pollMs: 60_000, redis, signal: controller.signal }));
    const outcome = expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    await publishUntilHeard();
    controller.abort();
    await outcome;

    expect(await subscribers()).toBe(0);
  });
});
