import { describe, expect, it } from 'vitest';
import { allRecentCommitsByBots, isBotCommit, lastCommitsAllByBots } from '../../../src/webhooks/guards/bot-commits.ts';
import { testOctokit } from '../../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../../helpers/http-mock.ts';
import { API, OWNER, pullCommit, REPO } from '../fixtures.ts';

const human = () => pullCommit({ login: 'octocat', type: 'User' }, 'Fix the parser');
const bot = () => pullCommit({ login: 'dependabot[bot]', type: 'Bot' }, 'Bump yaml');

describe('isBotCommit', () => {
  it('knows bots by account type, [bot] login, or RIFT’s own commit message', () => {
    expect(isBotCommit(bot() as never)).toBe(true);
    expect(isBotCommit(pullCommit({ login: 'mergify[bot]', type: 'User' }, 'Merge') as never)).toBe(true);
    expect(isBotCommit(pullCommit(null, '[AI-AGENT] Revert "x"') as never)).toBe(true);
    expect(isBotCommit(pullCommit(null, 'Fix by someone without an account') as never)).toBe(false);
    expect(isBotCommit(human() as never)).toBe(false);
  });
});

describe('allRecentCommitsByBots', () => {
  it('looks at the newest five commits only', () => {
    expect(allRecentCommitsByBots([human(), bot(), bot(), bot(), bot(), bot()] as never)).toBe(true);
    expect(allRecentCommitsByBots([bot(), bot(), bot(), bot(), human()] as never)).toBe(false);
    expect(allRecentCommitsByBots([])).toBe(false);
  });
});

describe('lastCommitsAllByBots', () => {
  useStrictHttpMock();
  const path = `/repos/${OWNER}/${REPO}/pulls/9/commits`;

  it('reads the page holding the newest commits', async () => {
    nock(API).get(path).query({ per_page: 100, page: 2 }).reply(200, Array.from({ length: 50 }, bot));

    expect(await lastCommitsAllByBots(testOctokit(), { owner: OWNER, repo: REPO, pullNumber: 9, commitCount: 150 })).toBe(true);
  });

  it('reads the page before when the last one holds fewer than five', async () => {
    nock(API)
      .get(path)
      .query({ per_page: 100, page: 1 })
      .reply(200, [...Array.from({ length: 97 }, bot), human(), bot(), bot()])
      .get(path)
      .query({ per_page: 100, page: 2 })
      .reply(200, [bot(), bot()]);

    expect(await lastCommitsAllByBots(testOctokit(), { owner: OWNER, repo: REPO, pullNumber: 9, commitCount: 102 })).toBe(false);
  });
});
