import { describe, expect, it } from 'vitest';
import { checkRunHealVeto } from '../../../src/webhooks/guards/check-run-heal-veto.ts';
import { testOctokit } from '../../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../../helpers/http-mock.ts';
import { API, newSha, OWNER, pullCommit, pullRequestTrigger, pullResponse, REPO } from '../fixtures.ts';

const pullPath = `/repos/${OWNER}/${REPO}/pulls/2`;
const human = () => pullCommit({ login: 'octocat', type: 'User' }, 'Fix the parser');
const bot = () => pullCommit({ login: 'dependabot[bot]', type: 'Bot' }, 'Bump yaml');

describe('checkRunHealVeto', () => {
  useStrictHttpMock();

  it('lets an open pull request at the same head with a person’s commits heal', async () => {
    const sha = newSha();
    nock(API).get(pullPath).reply(200, pullResponse({ sha, commits: 2 }));
    nock(API).get(`${pullPath}/commits`).query({ per_page: 100, page: 1 }).reply(200, [bot(), human()]);

    expect(await checkRunHealVeto(testOctokit(), pullRequestTrigger(sha))).toBeNull();
  });

  it('vetoes a pull request whose last commits are all by bots', async () => {
    const sha = newSha();
    nock(API).get(pullPath).reply(200, pullResponse({ sha, commits: 2 }));
    nock(API).get(`${pullPath}/commits`).query({ per_page: 100, page: 1 }).reply(200, [bot(), bot()]);

    expect(await checkRunHealVeto(testOctokit(), pullRequestTrigger(sha))).toContain('all by bots');
  });

  it('vetoes a closed pull request and one that moved on, without reading commits', async () => {
    const sha = newSha();
    nock(API).get(pullPath).reply(200, pullResponse({ sha, state: 'closed' }));
    nock(API).get(pullPath).reply(200, pullResponse({ sha: newSha() }));

    expect(await checkRunHealVeto(testOctokit(), pullRequestTrigger(sha))).toContain('closed');
    expect(await checkRunHealVeto(testOctokit(), pullRequestTrigger(sha))).toContain('moved on');
  });

  it('asks nothing for a comment trigger: its guards ran at the edge', async () => {
    expect(await checkRunHealVeto(testOctokit(), pullRequestTrigger(newSha(), { kind: 'comment' }))).toBeNull();
  });
});
