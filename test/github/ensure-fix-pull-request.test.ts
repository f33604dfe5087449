import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { ensureFixPullRequest } from '../../src/github/ensure-fix-pull-request.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { pullRequestTarget, testOctokit } from './github-fixtures.ts';

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

// A pull request as the REST API returns it: the "pull_request opened" example's object.
function pullRequest(owner: string, repo: string, number: number, fields: { title: string; body: string }): object {
  const opened = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => (e as { action: string }).action === 'opened');
  const pull = structuredClone((opened as { pull_request: Record<string, unknown> }).pull_request);
  return { ...pull, number, title: fields.title, body: fields.body, html_url: `https://github.com/${owner}/${repo}/pull/${number}` };
}

describe('ensureFixPullRequest', () => {
  useStrictHttpMock();
  const { owner, repo } = pullRequestTarget();
  const branch = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';
  const input = { owner, repo, branch, base: 'changes', title: 'RIFT: fix CI of #2 (2 fixes)', body: 'the fixes' };
  const listQuery = { head: `${owner}:${branch}`, base: 'changes', state: 'open' };

  it('opens the pull request from the fix branch into the head branch when none is open', async () => {
    const sent: unknown[] = [];
    nock('https://api.github.com')
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, [])
      .post(`/repos/${owner}/${repo}/pulls`, (body) => sent.push(body) > 0)
      .reply(201, pullRequest(owner, repo, 7, input));

    const result = await ensureFixPullRequest(testOctokit(), input);

    expect(result).toEqual({ number: 7, url: `https://github.com/${owner}/${repo}/pull/7`, action: 'created' });
    expect(sent).toEqual([{ head: branch, base: 'changes', title: input.title, body: input.body }]);
  });

  it('updates the open one in place instead of opening another', async () => {
    const sent: unknown[] = [];
    nock('https://api.github.com')
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequest(owner, repo, 5, { title: 'RIFT: fix CI of #2 (1 fix)', body: 'older' })])
      .patch(`/repos/${owner}/${repo}/pulls/5`, (body) => sent.push(body) > 0)
      .reply(200, pullRequest(owner, repo, 5, input));

    const result = await ensureFixPullRequest(testOctokit(), input);

    expect(result).toEqual({ number: 5, url: `https://github.com/${owner}/${repo}/pull/5`, action: 'updated' });
    expect(sent).toEqual([{ title: input.title, body: input.body }]);
  });

  it('sends nothing when the open one already says the same', async () => {
    nock('https://api.github.com').get(`/repos/${owner}/${repo}/pulls`).query(listQuery).reply(200, [pullRequest(owner, repo, 5, input)]);

    const result = await ensureFixPullRequest(testOctokit(), input);

    expect(result.action).toBe('unchanged');
  });

  it('takes the one another worker opened a moment earlier (422 on create)', async () => {
    nock('https://api.github.com')
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, [])
      .post(`/repos/${owner}/${repo}/pulls`)
      .reply(422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${owner}:${branch}.` }] })
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, [pullRequest(owner, repo, 9, input)]);

    const result = await ensureFixPullRequest(testOctokit(), input);

    expect(result).toMatchObject({ number: 9, action: 'unchanged' });
  });

  it('gives up with the reason when GitHub refuses (no commits between the branches)', async () => {
    nock('https://api.github.com')
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, [])
      .post(`/repos/${owner}/${repo}/pulls`)
      .reply(422, { message: 'Validation Failed', errors: [{ message: `No commits between changes and ${branch}` }] })
      .get(`/repos/${owner}/${repo}/pulls`)
      .query(listQuery)
      .reply(200, []);

    const failure = ensureFixPullRequest(testOctokit(), input);

    await expect(failure).rejects.toBeInstanceOf(BadInputError);
    await expect(failure).rejects.toThrow(/open a pull request from CODE_WARRIORS_JOHN_DOE_AI_Fix into changes/);
  });
});
