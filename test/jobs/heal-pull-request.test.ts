import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { STICKY_MARKER } from '../../src/report/pr-comment.ts';
import { getRun, listCiEvents, listFixes, listTraces } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import {
  BRANCH,
  emptyCalls,
  mockFixPullRequest,
  mockNoCi,
  mockRunEnd,
  mockRunStart,
  openPullRequestWorld,
  type PullRequestCase,
  type PullRequestWorld,
  unusedImports,
} from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

describe('healPullRequest on a pull request of the repository itself', () => {
  useStrictHttpMock();
  const calls = emptyCalls();
  const gitConfigs: string[] = [];
  let token = '';
  let c: PullRequestCase;

  beforeAll(async () => {
    c = await world.queueRun(unusedImports());
    token = mockInstallationToken(c.trigger.installationId);
    mockRunStart(c, calls);
    mockNoCi(c, calls, () => gitConfigs.push(readFileSync(path.join(world.workRoot, `run-${c.runId}`, 'repo', '.git', 'config'), 'utf8')));
    mockFixPullRequest(c, calls);
    mockRunEnd(c, calls);

    await healPullRequest(c.runId, world.deps());
  });

  it('pushes RIFT’s commits, all [AI-AGENT], to the fix branch and passes the run', async () => {
    const pushed = c.bare.subjects(c.trigger.headRef, BRANCH);
    const run = await getRun(world.db, c.runId);
    const pushes = (await listTraces(world.db, c.runId)).filter((t) => t.action_type === 'push_branch');

    expect(pushes).toHaveLength(1);
    expect(pushed.length).toBeGreaterThan(0);
    expect(pushed.every((subject) => subject.startsWith('[AI-AGENT] '))).toBe(true);
    expect(run?.status).toBe('passed');
    expect(run?.total_commits).toBe(pushed.length);
    expect(c.bare.branchSha(c.trigger.headRef)).toBe(c.trigger.headSha);
  });

  it('waits for the repository’s CI on the pushed commit, finds none, and says the local checks decided', async () => {
    const events = await listCiEvents(world.db, c.runId);
    const comment = String(calls.commentEdited[0]?.body);

    expect(new Set(calls.ciPolls)).toEqual(new Set([c.bare.branchSha(BRANCH)]));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.github_run_id === null)).toBe(true);
    expect(comment).toContain("Verdict from RIFT's local checks: the repository's CI did not run on");
  });

  it('shows the RIFT check run in progress, then completes it with one annotation per fix', async () => {
    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));
    const [created] = calls.checkRunCreated;
    const [completed] = calls.checkRunUpdated;
    const annotations = (completed.output as { annotations: Array<Record<string, unknown>> }).annotations;

    expect(calls.checkRunCreated).toHaveLength(1);
    expect(created).toMatchObject({ name: 'RIFT', head_sha: c.trigger.headSha, external_id: c.runId, status: 'in_progress' });
    expect((created.output as { title: string }).title).toMatch(/^Healing: /);
    expect(calls.checkRunUpdated).toHaveLength(1);
    expect(completed).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect((completed.output as { title: string }).title).toBe(`PASSED: ${results.total_fixes} fixes, score ${results.score.total}`);
    expect(annotations).toHaveLength(results.fixes.length);
    expect(annotations.map((a) => a.message)).toEqual(results.fixes.map((f: { fix_line: string }) => f.fix_line));
    expect(annotations.every((a) => typeof a.path === 'string' && (a.start_line as number) >= 1)).toBe(true);
  });

  it('creates the sticky comment live, then edits the same comment into the final report', () => {
    const live = String(calls.commentCreated[0]?.body);
    const final = String(calls.commentEdited[0]?.body);

    expect(calls.commentCreated).toHaveLength(1);
    expect(live).toContain(STICKY_MARKER);
    expect(live).toContain('RIFT is healing');
    expect(calls.commentEdited).toHaveLength(1);
    expect(final).toContain(STICKY_MARKER);
    expect(final).toContain('RIFT: PASSED');
    expect(final).toContain(`**Fix pull request:** https://github.com/${c.trigger.owner}/${c.trigger.repo}/pull/77`);
  });

  it('offers the fix branch as a pull request into the healed pull request’s head branch', () => {
    const [pull] = calls.pullCreated;

    expect(calls.pullCreated).toHaveLength(1);
    expect(pull).toMatchObject({ head: BRANCH, base: c.trigger.headRef });
    expect(String(pull.title)).toContain(`#${c.trigger.pullNumber}`);
    expect(String(pull.body)).toContain('LINTING error in src/shop/prices.py');
  });

  it('releases the commit in Redis and queues the PDF', async () => {
    expect(await world.redis.get(`run:fingerprint:${c.fingerprint}`)).toBeNull();
    expect(await world.pdfQueue.getJob(`pdf-${c.runId}`)).toBeDefined();
  });

  it('keeps the installation token out of logs, traces, rows, results.json and the workspace', async () => {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    const stored = JSON.stringify([
      await listTraces(world.db, c.runId),
      await listFixes(world.db, c.runId),
      await listCiEvents(world.db, c.runId),
      await getRun(world.db, c.runId),
    ]);
    const results = readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8');

    expect(token).toMatch(/^ghs_/);
    expect(world.logLines.length).toBeGreaterThan(10);
    expect(gitConfigs.length).toBeGreaterThan(0);
    for (const text of [world.logLines.join('\n'), stored, results, ...gitConfigs]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(basic);
    }
    expect(gitConfigs.join('\n')).not.toMatch(/extraheader/i);
  });

  it('does nothing at all when the job is delivered again for the finished run', async () => {
    const branchBefore = c.bare.branchSha(BRANCH);
    const tracesBefore = (await listTraces(world.db, c.runId)).length;

    await healPullRequest(c.runId, world.deps());

    expect(c.bare.branchSha(BRANCH)).toBe(branchBefore);
    expect((await listTraces(world.db, c.runId)).length).toBe(tracesBefore);
  });
});
