import { describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import type { Annotation } from '../../src/github/check-run-types.ts';
import { batches, ensureCheckRun, type EnsureCheckRunInput } from '../../src/github/ensure-check-run.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { checkRunResponse, pullRequestTarget, testOctokit } from './github-fixtures.ts';

const RUN_ID = '0b7f3c9e-2f4a-4c1d-9e57-8a1b2c3d4e5f';

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `src/file_${i}.py`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'notice' as const,
    message: `LINTING error in src/file_${i}.py line ${i + 1} → Fix: remove the import statement`,
    title: 'LINTING',
  }));
}

interface SentOutput {
  output: { title: string; summary: string; annotations: Annotation[] };
  status?: string;
  conclusion?: string;
  head_sha?: string;
  external_id?: string;
  name?: string;
}

describe('ensureCheckRun', () => {
  useStrictHttpMock();
  const { owner, repo, headSha } = pullRequestTarget();
  const listPath = `/repos/${owner}/${repo}/commits/${headSha}/check-runs`;
  const listQuery = { check_name: 'RIFT', filter: 'all', per_page: 100 };
  // No name: the check is called "RIFT" unless told otherwise, which the list query and create body check.
  const base = { owner, repo, headSha, externalId: RUN_ID };

  function input(overrides: Partial<EnsureCheckRunInput>): EnsureCheckRunInput {
    return { ...base, status: 'in_progress', output: { title: 'Healing', summary: 'step detect' }, ...overrides };
  }

  it('creates the check run on the head commit when this run has none', async () => {
    const sent: SentOutput[] = [];
    const otherRun = checkRunResponse({ id: 5, name: 'RIFT', external_id: 'an-earlier-run', head_sha: headSha });
    nock('https://api.github.com')
      .get(listPath)
      .query(listQuery)
      .reply(200, { total_count: 1, check_runs: [otherRun] })
      .post(`/repos/${owner}/${repo}/check-runs`, (body) => sent.push(body) > 0)
      .reply(201, checkRunResponse({ id: 77, name: 'RIFT', external_id: RUN_ID, head_sha: headSha }));

    const id = await ensureCheckRun(testOctokit(), input({}));

    expect(id).toBe(77);
    expect(sent).toEqual([
      {
        name: 'RIFT',
        head_sha: headSha,
        external_id: RUN_ID,
        status: 'in_progress',
        output: { title: 'Healing', summary: 'step detect', annotations: [] },
      },
    ]);
  });

  it('updates the existing check run of this run with the conclusion', async () => {
    const sent: SentOutput[] = [];
    const mine = checkRunResponse({ id: 78, name: 'RIFT', external_id: RUN_ID, head_sha: headSha });
    nock('https://api.github.com')
      .get(listPath)
      .query(listQuery)
      .reply(200, { total_count: 1, check_runs: [mine] })
      .patch(`/repos/${owner}/${repo}/check-runs/78`, (body) => sent.push(body) > 0)
      .reply(200, mine);

    const id = await ensureCheckRun(
      testOctokit(),
      input({ status: 'completed', conclusion: 'success', output: { title: 'PASSED', summary: 'score 110' } }),
    );

    expect(id).toBe(78);
    expect(sent).toEqual([
      { status: 'completed', conclusion: 'success', output: { title: 'PASSED', summary: 'score 110', annotations: [] } },
    ]);
  });

  it('sends 120 annotations as 50 with the create, then 50 and 20 in updates', async () => {
    const sent: SentOutput[] = [];
    const all = annotations(120);
    nock('https://api.github.com')
      .get(listPath)
      .query(listQuery)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`/repos/${owner}/${repo}/check-runs`, (body) => sent.push(body) > 0)
      .reply(201, checkRunResponse({ id: 79, name: 'RIFT', external_id: RUN_ID, head_sha: headSha }))
      .patch(`/repos/${owner}/${repo}/check-runs/79`, (body) => sent.push(body) > 0)
      .times(2)
      .reply(200, checkRunResponse({ id: 79, name: 'RIFT', external_id: RUN_ID, head_sha: headSha }));

    await ensureCheckRun(
      testOctokit(),
      input({ status: 'completed', conclusion: 'failure', output: { title: 'FAILED', summary: 's', annotations: all } }),
    );

    expect(sent.map((body) => body.output.annotations.length)).toEqual([50, 50, 20]);
    expect(sent.flatMap((body) => body.output.annotations)).toEqual(all);
    expect(sent[0].conclusion).toBe('failure');
    expect(sent.map((body) => body.output.title)).toEqual(['FAILED', 'FAILED', 'FAILED']);
  });

  it('does not resend annotations GitHub already holds when a call is retried', async () => {
    const sent: SentOutput[] = [];
    const all = annotations(70);
    const mine = checkRunResponse({ id: 80, name: 'RIFT', external_id: RUN_ID, head_sha: headSha, annotations_count: 50 });
    nock('https://api.github.com')
      .get(listPath)
      .query(listQuery)
      .reply(200, { total_count: 1, check_runs: [mine] })
      .patch(`/repos/${owner}/${repo}/check-runs/80`, (body) => sent.push(body) > 0)
      .reply(200, mine);

    await ensureCheckRun(
      testOctokit(),
      input({ status: 'completed', conclusion: 'failure', output: { title: 'FAILED', summary: 's', annotations: all } }),
    );

    expect(sent.map((body) => body.output.annotations)).toEqual([all.slice(50)]);
  });

  it('gives up with a message on 422 and retries later on 503', async () => {
    nock('https://api.github.com')
      .get(listPath)
      .query(listQuery)
      .reply(503, { message: 'Service Unavailable' })
      .get(listPath)
      .query(listQuery)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`/repos/${owner}/${repo}/check-runs`)
      .reply(422, { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }] });

    await expect(ensureCheckRun(testOctokit(), input({}))).rejects.toBeInstanceOf(TransientError);
    const invalid = ensureCheckRun(testOctokit(), input({}));

    await expect(invalid).rejects.toBeInstanceOf(BadInputError);
    await expect(invalid).rejects.toThrow(`GitHub answered 422 when RIFT tried to create the RIFT check run on ${owner}/${repo}@${headSha}`);
  });

  it('refuses to complete a check run without a conclusion, before any request', async () => {
    const completing = ensureCheckRun(testOctokit(), input({ status: 'completed' }));

    await expect(completing).rejects.toThrow('a completed check run needs a conclusion');
  });
});

describe('batches', () => {
  it('splits into groups of at most the size, in order', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([]);
  });
});
