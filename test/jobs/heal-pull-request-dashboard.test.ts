// A run started from the dashboard: the head of the default branch healed with no pull request. The
// RIFT check run and the fix branch as for a pull request; the fix pull request into the default
// branch; no comment anywhere (the strict mock fails any request not mocked here).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { getRun, listTraces } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import {
  BRANCH,
  DEFAULT_BRANCH,
  emptyCalls,
  mockCheckRunEnd,
  mockCheckRunStart,
  mockFixPullRequest,
  mockNoCi,
  openPullRequestWorld,
  type PullRequestWorld,
  type RunCase,
  unusedImports,
} from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

describe('healPullRequest on a run started from the dashboard', () => {
  useStrictHttpMock();
  const calls = emptyCalls();
  let c: RunCase;

  beforeAll(async () => {
    c = await world.queueDashboardRun(unusedImports());
    mockInstallationToken(c.trigger.installationId);
    mockCheckRunStart(c, calls);
    mockNoCi(c, calls);
    mockFixPullRequest(c, calls);
    mockCheckRunEnd(c, calls);

    await healPullRequest(c.runId, world.deps());
  });

  it('pushes RIFT’s commits to the fix branch and leaves the default branch where it was', async () => {
    const pushed = c.bare.subjects(DEFAULT_BRANCH, BRANCH);
    const run = await getRun(world.db, c.runId);

    expect(pushed.length).toBeGreaterThan(0);
    expect(pushed.every((subject) => subject.startsWith('[AI-AGENT] '))).toBe(true);
    expect(c.bare.branchSha(DEFAULT_BRANCH)).toBe(c.trigger.headSha);
    expect(run?.status).toBe('passed');
    expect(run?.total_commits).toBe(pushed.length);
  });

  it('opens the fix pull request into the default branch, naming the branch and no pull request number', async () => {
    const [pull] = calls.pullCreated;
    const traces = await listTraces(world.db, c.runId);

    expect(calls.pullCreated).toHaveLength(1);
    expect(pull).toMatchObject({ head: BRANCH, base: DEFAULT_BRANCH, title: 'RIFT: fix CI of main (2 fixes)' });
    expect(String(pull.body)).toContain(`RIFT healed the failing CI of \`main\` at \`${c.trigger.headSha.slice(0, 7)}\`.`);
    expect(String(pull.body)).toContain('LINTING error in src/shop/prices.py');
    expect(String(pull.body)).not.toMatch(/#\d/);
    expect(traces.find((t) => t.action_type === 'fix_pull_request')?.action_label).toBe(`fix pull request #77 created: ${BRANCH} into main`);
  });

  it('shows the RIFT check run on the head commit in progress, then completes it', async () => {
    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));

    expect(calls.checkRunCreated).toHaveLength(1);
    expect(calls.checkRunCreated[0]).toMatchObject({ name: 'RIFT', head_sha: c.trigger.headSha, external_id: c.runId, status: 'in_progress' });
    expect(calls.checkRunUpdated).toHaveLength(1);
    expect(calls.checkRunUpdated[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect((calls.checkRunUpdated[0].output as { summary: string }).summary).toContain(`https://github.com/${c.trigger.owner}/${c.trigger.repo}/pull/77`);
    expect(results.final_status).toBe('PASSED');
  });

  it('writes no comment: there is no pull request to write it on', () => {
    expect(calls.commentCreated).toEqual([]);
    expect(calls.commentEdited).toEqual([]);
  });

  it('releases the commit in Redis and queues the PDF', async () => {
    expect(await world.redis.get(`run:fingerprint:${c.fingerprint}`)).toBeNull();
    expect(await world.pdfQueue.getJob(`pdf-${c.runId}`)).toBeDefined();
  });
});
