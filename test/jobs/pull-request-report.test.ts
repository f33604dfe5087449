import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { pino } from 'pino';
import type { StepEvent } from '../../src/heal/record/recorder.ts';
import { createPullRequestReport } from '../../src/jobs/pull-request-report.ts';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { insertFix, insertRun } from '../../src/store/index.ts';
import { checkRunResponse, issueComment, pullRequestTarget, testOctokit } from '../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { openTestDatabase } from '../helpers/test-db.ts';
import { sampleResults } from '../report/sample-results.ts';

let db: Knex;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await openTestDatabase());
});

afterAll(() => cleanup());

const { owner, repo, number, headSha } = pullRequestTarget();
const checkRunsPath = `/repos/${owner}/${repo}/commits/${headSha}/check-runs`;

function step(node: StepEvent['node']): StepEvent {
  return { runId: 'x', stepIndex: 1, node, action: 'a', label: 'l', at: new Date().toISOString() };
}

async function runWithOneFix(): Promise<string> {
  const run = await insertRun(db, {
    fingerprint: randomUUID(),
    repo_url: `https://github.com/${owner}/${repo}`,
    team_name: 'Code Warriors',
    leader_name: 'John Doe',
    branch_name: 'CODE_WARRIORS_JOHN_DOE_AI_Fix',
    start_time: new Date(),
    status: 'running',
  });
  await insertFix(db, {
    run_id: run.run_id,
    file_path: 'src/shop/prices.py',
    bug_type: 'LINTING',
    line_number: 1,
    description: "F401 'json' imported but unused",
    fix_description: 'remove the import statement',
    status: 'applied',
  });
  return run.run_id;
}

function report(runId: string, opts: { intervalMs?: number; lines?: string[] } = {}) {
  const runtime = createMemoryState();
  const logger = pino({ level: 'warn' }, { write: (line: string) => void opts.lines?.push(line) });
  const created = createPullRequestReport({
    octokit: testOctokit(),
    target: { owner, repo, pullNumber: number, headSha },
    runId,
    branch: 'CODE_WARRIORS_JOHN_DOE_AI_Fix',
    retryLimit: 5,
    db,
    runtime,
    logger,
    intervalMs: opts.intervalMs ?? 200,
  });
  return { report: created, runtime };
}

describe('the pull request report', () => {
  useStrictHttpMock();

  it('sends a burst of steps as one throttled in-progress update showing the latest step and iteration', async () => {
    const runId = await runWithOneFix();
    const { report: live, runtime } = report(runId);
    const updates: Array<{ output: { title: string; summary: string } }> = [];
    const existing = checkRunResponse({ id: 31, name: 'RIFT', external_id: runId, head_sha: headSha });
    nock('https://api.github.com')
      .get(checkRunsPath)
      .query(true)
      .reply(200, { total_count: 0, check_runs: [] })
      .post(`/repos/${owner}/${repo}/check-runs`)
      .reply(201, existing)
      .get(`/repos/${owner}/${repo}/issues/${number}/comments`)
      .query(true)
      .reply(200, [])
      .post(`/repos/${owner}/${repo}/issues/${number}/comments`)
      .reply(201, issueComment(owner, repo, number, 40, 'x'))
      .get(checkRunsPath)
      .query(true)
      .reply(200, { total_count: 1, check_runs: [existing] })
      .patch(`/repos/${owner}/${repo}/check-runs/31`, (body) => updates.push(body) > 0)
      .reply(200, existing);

    await live.start();
    await runtime.setField(runId, 'iteration', 2);
    for (const node of ['fix', 'verify', 'commit', 'ci'] as const) live.onStep(step(node));
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ status: 'in_progress' });
    expect(updates[0].output.title).toBe('Healing: ci, 1 fix so far');
    expect(updates[0].output.summary).toContain('iteration 2/5');
    expect(updates[0].output.summary).toContain('LINTING error in src/shop/prices.py line 1 → Fix: remove the import statement');
  });

  it('sends no live update after the final one, and survives GitHub failing on every call', async () => {
    const runId = await runWithOneFix();
    const lines: string[] = [];
    const { report: live } = report(runId, { intervalMs: 50, lines });
    nock('https://api.github.com')
      .get(checkRunsPath)
      .query(true)
      .times(2)
      .reply(502, { message: 'Bad Gateway' })
      .get(`/repos/${owner}/${repo}/issues/${number}/comments`)
      .query(true)
      .times(2)
      .reply(502, { message: 'Bad Gateway' });

    await live.start();
    live.onStep(step('fix'));
    await live.finish({ ...sampleResults(), run_id: runId });
    live.onStep(step('ci'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const messages = lines.map((line) => JSON.parse(line).msg);
    expect(messages).toEqual(['live check run update failed', 'live comment failed', 'final check run failed', 'final comment failed']);
  });
});
