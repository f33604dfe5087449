import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunQueue } from '../../src/queue/index.ts';
import { ciWakeChannel } from '../../src/runtime/ci-wake.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { signedWebhook } from '../helpers/probot.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import {
  API,
  checkRunCompleted,
  checkSuiteCompleted,
  newInstallationId,
  newSha,
  OWNER,
  newRepoId,
  pullRequestTrigger,
  pullResponse,
  REPO,
  REPO_HTML_URL,
  workflowRunCompleted,
} from './fixtures.ts';
import {
  mockInstallationAndConfig,
  mockPull,
  RIFT_APP_ID,
  startIngress,
  type Ingress,
} from './harness.ts';

const AUTO_HEAL = 'auto_heal: true\nteam: Code Warriors\nleader: Ada Lovelace\n';

let ingress: Ingress;

beforeAll(async () => {
  ingress = await startIngress();
});

afterAll(async () => {
  await ingress?.close();
});

// Resolves with the messages published on the channel once `count` have arrived.
async function listen(redis: Redis, channel: string, count = 1): Promise<{ messages: Promise<string[]>; stop: () => Promise<void> }> {
  const subscriber = redis.duplicate();
  await subscriber.subscribe(channel);
  const received: string[] = [];
  const messages = new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no message on ${channel}`)), 3000);
    subscriber.on('message', (_channel, message) => {
      received.push(message);
      if (received.length === count) {
        clearTimeout(timer);
        resolve(received);
      }
    });
  });
  return { messages, stop: async () => void (await subscriber.quit()) };
}

describe('check_run.completed', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('queues one run with its trigger when a pull request head fails and auto_heal is on, reading only rift.yml', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    // The strict mock fails the test on any other GitHub call: the pull request comes from the payload.
    mockInstallationAndConfig(installationId, AUTO_HEAL);

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId }));

    expect(response.status).toBe(200);
    const runs = await ingress.runsOf(sha);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      status: 'queued',
      fingerprint: fingerprintOf(REPO_HTML_URL, sha),
      repo_url: REPO_HTML_URL,
      team_name: 'Code Warriors',
      leader_name: 'Ada Lovelace',
      branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
    });
    const traces = await ingress.traces(run.run_id);
    expect(traces.map((t) => [t.step_index, t.agent_node, t.action_type])).toEqual([[0, 'trigger', 'heal_requested']]);
    // The pull request the check run's payload names, sent by the webhook example's own sender.
    expect(traces[0].payload).toEqual(pullRequestTrigger(sha, { installationId, sender: 'Codertocat' }));
    const job = await ingress.queue.getJob(run.run_id);
    expect(job?.id).toBe(run.run_id);
    expect(job?.data).toEqual({ runId: run.run_id });
  });

  it('records nothing when rift.yml does not turn auto_heal on', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, 'team: Code Warriors\n');

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId }));

    expect(response.status).toBe(200);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('records nothing when the repository has no rift.yml, and remembers that it has none', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    const repoId = newRepoId();
    mockInstallationAndConfig(installationId, null);

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, repoId }));
    const again = await ingress.server.deliver('check_run', checkRunCompleted({ sha: newSha(), installationId, repoId }));

    expect([response.status, again.status]).toEqual([200, 200]);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('records nothing when rift.yml is malformed, and remembers that it is', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    const repoId = newRepoId();
    mockInstallationAndConfig(installationId, 'auto_heal: true\nretry_limit: lots\n');

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, repoId }));
    const again = await ingress.server.deliver('check_run', checkRunCompleted({ sha: newSha(), installationId, repoId }));

    expect([response.status, again.status]).toEqual([200, 200]);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('asks GitHub for nothing when the check run succeeded', async () => {
    const sha = newSha();

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId: newInstallationId(), conclusion: 'success' }));

    expect(response.status).toBe(200);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it("ignores RIFT's own failed check run", async () => {
    const sha = newSha();

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId: newInstallationId(), appId: RIFT_APP_ID }));

    expect(response.status).toBe(200);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('reads the author once per pull request when rift.yml names no leader', async () => {
    const [first, second] = [newSha(), newSha()];
    const installationId = newInstallationId();
    const repoId = newRepoId();
    mockInstallationAndConfig(installationId, 'auto_heal: true\n');
    mockPull({ sha: first, author: 'octocat' });

    await ingress.server.deliver('check_run', checkRunCompleted({ sha: first, installationId, repoId }));
    // A later commit of the same pull request: rift.yml and the author both come from the edge cache.
    await ingress.server.deliver('check_run', checkRunCompleted({ sha: second, installationId, repoId }));

    const [a] = await ingress.runsOf(first);
    const [b] = await ingress.runsOf(second);
    expect([a?.leader_name, b?.leader_name]).toEqual(['octocat', 'octocat']);
    expect(a?.branch_name).toBe('CODERTOCAT_OCTOCAT_AI_Fix');
  });

  it('does not heal when the pull request it had to read has moved on', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, 'auto_heal: true\n');
    mockPull({ sha: newSha() });

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId }));

    expect(response.status).toBe(200);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('records a fork run from the payload: head repository by id, its name from its URL', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, AUTO_HEAL);

    await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, forkFullName: 'octocat/Hello-World' }));

    const [run] = await ingress.runsOf(sha);
    const [trigger] = await ingress.traces(run.run_id);
    expect(trigger.payload).toMatchObject({ pullNumber: 2, fork: true, headRepoFullName: 'octocat/Hello-World', headSha: sha });
  });

  it('leaves the bot-commit guard to the job: the edge reads no commits', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, AUTO_HEAL);

    await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId }));

    // The run is queued; the job vetoes it (guards/check-run-heal-veto.ts) before reporting anything.
    expect((await ingress.runsOf(sha)).map((run) => run.status)).toEqual(['queued']);
  });

  it('finds the pull request of a fork by its commit and records a fork run', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    const fork = { sha, number: 7, forkFullName: 'octocat/Hello-World', author: 'octocat' };
    mockInstallationAndConfig(installationId, 'auto_heal: true\n');
    nock(API).get(`/repos/${OWNER}/${REPO}/commits/${sha}/pulls`).reply(200, [pullResponse({ ...fork, sha: newSha(), number: 5 }), pullResponse(fork)]);
    mockPull(fork);

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, conclusion: 'timed_out', pullNumbers: [] }));

    expect(response.status).toBe(200);
    const [run] = await ingress.runsOf(sha);
    expect(run).toMatchObject({ team_name: OWNER, leader_name: 'octocat', branch_name: 'CODERTOCAT_OCTOCAT_AI_Fix' });
    const [trigger] = await ingress.traces(run.run_id);
    expect(trigger.payload).toMatchObject({ pullNumber: 7, fork: true, headRepoFullName: 'octocat/Hello-World', headSha: sha });
  });

  it('records one run when two check runs of the same commit fail, reading rift.yml once', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    const repoId = newRepoId();
    mockInstallationAndConfig(installationId, AUTO_HEAL);

    const first = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, repoId }));
    const second = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId, repoId }));

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await ingress.runsOf(sha)).toHaveLength(1);
  });

  it('refuses a delivery with a bad signature and records nothing', async () => {
    const sha = newSha();
    const webhook = signedWebhook('not-the-secret', 'check_run', checkRunCompleted({ sha, installationId: newInstallationId() }));

    const response = await ingress.server.post(webhook);

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await ingress.runsOf(sha)).toEqual([]);
  });
});

describe('check_run.completed while the queue is unreachable', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('still records the queued run in PostgreSQL and answers GitHub', async () => {
    const closed = createRunQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });
    await closed.close();
    const broken = await startIngress({ queue: closed });
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, AUTO_HEAL);

    const response = await broken.server.deliver('check_run', checkRunCompleted({ sha, installationId }));

    expect(response.status).toBe(200);
    const runs = await broken.runsOf(sha);
    expect(runs.map((run) => run.status)).toEqual(['queued']);
    expect(await broken.traces(runs[0].run_id)).toHaveLength(1);
    await broken.close();
  });
});

describe('CI on a fix branch', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });
  const branch = 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix';

  it('wakes the worker waiting for a check run, whatever its conclusion, and records no run', async () => {
    const sha = newSha();
    const wake = await listen(ingress.redis, ciWakeChannel(`${OWNER}/${REPO}`, sha));

    const response = await ingress.server.deliver('check_run', checkRunCompleted({ sha, installationId: newInstallationId(), branch }));

    expect(response.status).toBe(200);
    expect((await wake.messages).map((m) => JSON.parse(m))).toEqual([{ event: 'check_run', conclusion: 'failure' }]);
    expect(await ingress.runsOf(sha)).toEqual([]);
    await wake.stop();
  });

  it('wakes it for a finished check suite and workflow run on the fix branch only', async () => {
    const sha = newSha();
    const wake = await listen(ingress.redis, ciWakeChannel(`${OWNER}/${REPO}`, sha), 2);

    await ingress.server.deliver('workflow_run', workflowRunCompleted(sha, 'changes'));
    await ingress.server.deliver('check_suite', checkSuiteCompleted(sha, 'changes'));
    await ingress.server.deliver('workflow_run', workflowRunCompleted(sha, branch, 'failure'));
    await ingress.server.deliver('check_suite', checkSuiteCompleted(sha, branch));

    expect((await wake.messages).map((m) => JSON.parse(m))).toEqual([
      { event: 'workflow_run', conclusion: 'failure' },
      { event: 'check_suite', conclusion: 'success' },
    ]);
    await wake.stop();
  });
});
