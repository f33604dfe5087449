import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { getRun, listTraces } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import {
  BRANCH,
  emptyCalls,
  mockNoCi,
  mockRunEnd,
  mockRunStart,
  openPullRequestWorld,
  unusedImports,
  type PullRequestCase,
  type PullRequestWorld,
} from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

describe('healPullRequest when a person pushes to the fix branch while RIFT waits for CI', () => {
  useStrictHttpMock();
  const calls = emptyCalls();
  let c: PullRequestCase;
  let theirs = '';

  beforeAll(async () => {
    c = await world.queueRun(unusedImports());
    mockInstallationToken(c.trigger.installationId);
    mockRunStart(c, calls);
    // The first look at CI is when the person pushes; no fix pull request is mocked: none may be opened.
    mockNoCi(c, calls, () => {
      if (theirs === '') theirs = c.bare.pushAsPerson(BRANCH, 'NOTES.md', 'my notes\n');
    });
    mockRunEnd(c, calls);

    await healPullRequest(c.runId, world.deps());
  });

  it('stops the run with the reason instead of building over their work', async () => {
    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));
    const reason = `a person pushed to ${BRANCH}; RIFT stopped so it does not overwrite their work`;

    expect((await getRun(world.db, c.runId))?.status).toBe('failed');
    expect(results.failure_reason).toBe(reason);
    expect(calls.checkRunUpdated[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(String(calls.commentEdited[0]?.body)).toContain(reason);
  });

  it('leaves their commit at the tip of the branch and opens no fix pull request', async () => {
    const traces = await listTraces(world.db, c.runId);

    expect(theirs).toMatch(/^[0-9a-f]{40}$/);
    expect(c.bare.branchSha(BRANCH)).toBe(theirs);
    expect(calls.pullCreated).toEqual([]);
    expect(traces.some((t) => t.action_type === 'fix_pull_request_skipped')).toBe(true);
  });
});
