import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import { givePullRequestRunUp, healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { getRun, insertRun } from '../../src/store/index.ts';
import { checkRunResponse, issueComment } from '../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import { API, openPullRequestWorld, unusedImports, type PullRequestCase, type PullRequestWorld } from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

// The final report of a run that never had a live one: check run and comment are created completed.
function mockFinalReportCreated(c: PullRequestCase, sent: { checkRun: Record<string, unknown>[]; comment: Record<string, unknown>[] }) {
  const { owner, repo, headSha, pullNumber } = c.trigger;
  nock(API)
    .get(`/repos/${owner}/${repo}/commits/${headSha}/check-runs`)
    .query(true)
    .reply(200, { total_count: 0, check_runs: [] })
    .post(`/repos/${owner}/${repo}/check-runs`, (body) => sent.checkRun.push(body) > 0)
    .reply(201, checkRunResponse({ id: 99, name: 'RIFT', external_id: c.runId, head_sha: headSha }))
    .get(`/repos/${owner}/${repo}/issues/${pullNumber}/comments`)
    .query(true)
    .reply(200, [])
    .post(`/repos/${owner}/${repo}/issues/${pullNumber}/comments`, (body) => sent.comment.push(body) > 0)
    .reply(201, issueComment(owner, repo, pullNumber, 100, 'x'));
}

describe('givePullRequestRunUp', () => {
  useStrictHttpMock();

  it('ends the run FAILED with the error’s message, secrets redacted, and tells the pull request', async () => {
    const c = await world.queueRun(unusedImports());
    mockInstallationToken(c.trigger.installationId);
    const sent = { checkRun: [] as Record<string, unknown>[], comment: [] as Record<string, unknown>[] };
    mockFinalReportCreated(c, sent);
    const leaked = 'ghs_abcdefghijklmnopqrstuvwxyz0123456789';
    const error = new TransientError(`git clone failed: remote said no to https://x-access-token:${leaked}@github.com/o/r.git`);

    await givePullRequestRunUp(c.runId, error, world.deps());

    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));
    expect((await getRun(world.db, c.runId))?.status).toBe('failed');
    expect(results.failure_reason).toContain('git clone failed: remote said no to');
    expect(results.failure_reason).not.toContain(leaked);
    expect(sent.checkRun[0]).toMatchObject({ status: 'completed', conclusion: 'failure', external_id: c.runId });
    expect(String(sent.comment[0]?.body)).toContain('RIFT: FAILED');
    expect(String(sent.comment[0]?.body)).not.toContain(leaked);
    expect(await world.redis.get(`run:fingerprint:${c.fingerprint}`)).toBeNull();
  });

  it('still ends the run and frees the commit when the installation is gone', async () => {
    const c = await world.queueRun(unusedImports());
    const gone = async (): Promise<never> => {
      throw new BadInputError(`installation ${c.trigger.installationId} was removed`);
    };

    await givePullRequestRunUp(c.runId, new Error('installation removed'), world.deps({ installationClient: gone }));

    expect((await getRun(world.db, c.runId))?.status).toBe('failed');
    expect(await world.redis.get(`run:fingerprint:${c.fingerprint}`)).toBeNull();
    expect(world.logLines.some((line) => line.includes('could not report the given-up run'))).toBe(true);
  });

  it('does nothing for a run that does not exist', async () => {
    await expect(givePullRequestRunUp(randomUUID(), new Error('gone'), world.deps())).resolves.toBeUndefined();
  });
});

describe('healPullRequest on a run it cannot heal', () => {
  useStrictHttpMock();

  it('gives up on a run that does not exist', async () => {
    await expect(healPullRequest(randomUUID(), world.deps())).rejects.toBeInstanceOf(BadInputError);
  });

  it('gives up on a run no webhook recorded a trigger for', async () => {
    const run = await insertRun(world.db, {
      fingerprint: randomUUID(),
      repo_url: '/tmp/somewhere',
      team_name: 'A',
      leader_name: 'B',
      branch_name: 'A_B_AI_Fix',
      start_time: new Date(),
    });

    await expect(healPullRequest(run.run_id, world.deps())).rejects.toThrow(/has no recorded trigger/);
  });
});
