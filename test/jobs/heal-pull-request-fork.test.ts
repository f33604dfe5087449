import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { getRun } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import {
  BRANCH,
  emptyCalls,
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

describe('healPullRequest on a pull request from a fork', () => {
  useStrictHttpMock();
  const calls = emptyCalls();
  let c: PullRequestCase;

  beforeAll(async () => {
    c = await world.queueRun(unusedImports(), { fork: true });
    mockInstallationToken(c.trigger.installationId);
    mockRunStart(c, calls);
    // No CI wait and no fix pull request are mocked: RIFT must not push, so there is nothing to wait for.
    mockRunEnd(c, calls);

    await healPullRequest(c.runId, world.deps());
  });

  it('heals the fork’s head commit with the local checks as the verdict', async () => {
    expect(c.trigger.fork).toBe(true);
    expect((await getRun(world.db, c.runId))?.status).toBe('passed');
    expect(calls.ciPolls).toEqual([]);
  });

  it('pushes nothing, to the fork or to the repository', () => {
    expect(c.fork?.branchSha(BRANCH)).toBeNull();
    expect(c.bare.branchSha(BRANCH)).toBeNull();
    expect(c.fork?.branchSha(c.trigger.headRef)).toBe(c.trigger.headSha);
    expect(calls.pullCreated).toEqual([]);
  });

  it('puts the fixes in the final comment as a patch for git am, and annotates them on the check run', () => {
    const final = String(calls.commentEdited[0]?.body);
    const completed = calls.checkRunUpdated[0];
    const annotations = (completed.output as { annotations: unknown[] }).annotations;

    expect(final).toContain('RIFT: PASSED');
    expect(final).toContain('```diff\nFrom ');
    expect(final).toContain('Subject: [PATCH 1/2] [AI-AGENT] LINTING error in src/shop/prices.py line 1');
    expect(final).toContain('-import json');
    expect(final).toContain('git am --keep-non-patch rift.patch');
    expect(final).not.toContain('**Fix pull request:**');
    expect(completed).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(annotations).toHaveLength(2);
  });
});
