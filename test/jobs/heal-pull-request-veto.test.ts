// A failing check run is queued from the payload alone; the job then asks GitHub whether the pull
// request may be healed. A bots-only branch is not: the run ends FAILED with the reason, nothing is
// cloned, and nothing is posted on the pull request.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { getRun } from '../../src/store/index.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import { API, BRANCH, openPullRequestWorld, unusedImports, type PullRequestCase, type PullRequestWorld } from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

describe('healPullRequest on a check-run trigger whose branch only bots commit to', () => {
  useStrictHttpMock();
  let c: PullRequestCase;

  beforeAll(async () => {
    c = await world.queueRun(unusedImports(), { kind: 'check_run' });
    const { owner, repo, pullNumber, headSha, headRef, baseRef } = c.trigger;
    const bot = { login: 'dependabot[bot]', type: 'Bot' };
    mockInstallationToken(c.trigger.installationId);
    nock(API)
      .get(`/repos/${owner}/${repo}/pulls/${pullNumber}`)
      .reply(200, {
        number: pullNumber,
        state: 'open',
        user: bot,
        commits: 2,
        head: { sha: headSha, ref: headRef, repo: { full_name: `${owner}/${repo}` } },
        base: { ref: baseRef, repo: { full_name: `${owner}/${repo}` } },
      })
      .get(`/repos/${owner}/${repo}/pulls/${pullNumber}/commits`)
      .query(true)
      .reply(200, [
        { sha: 'a'.repeat(40), author: bot, commit: { message: 'Bump left-pad', author: { name: 'dependabot[bot]' } } },
        { sha: headSha, author: bot, commit: { message: 'Bump right-pad', author: { name: 'dependabot[bot]' } } },
      ]);

    await healPullRequest(c.runId, world.deps());
  });

  it('ends the run FAILED with the reason, without a clone, a check run or a comment', async () => {
    const run = await getRun(world.db, c.runId);

    expect(run!.status).toBe('failed');
    expect(c.bare.branchSha(BRANCH)).toBeNull();
    const results = JSON.parse(readFileSync(path.join(world.deps().outputDir, c.runId, 'results.json'), 'utf8'));
    expect(results.failure_reason).toMatch(/last commits of pull request #\d+ are all by bots/);
  });
});
