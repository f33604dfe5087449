// `rift serve` as a real child process: its own PostgreSQL database, Redis with a queue prefix of its
// own, the GitHub stub as GitHub Enterprise. Webhook-only (--no-worker), so queued runs stay queued.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedCheckRun } from '../../bench/ingress-payloads.ts';
import { createRunQueue } from '../../src/queue/index.ts';
import { listTraces } from '../../src/store/index.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub-server.ts';
import { signedWebhook } from '../helpers/probot.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import { spawnRift, type RiftProcess } from '../../bench/ingress-process.ts';

const APP_ID = 4242;
const INSTALLATION_ID = 777;
const SECRET = `secret-${randomBytes(8).toString('hex')}`;
const WEBHOOK_PATH = '/hooks/github';
const OWNER = 'octo-org';
const REPO = 'hello';
const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

let stub: GitHubStub;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let serve: RiftProcess;
let noAppId: RiftProcess;
let workerNoRedis: RiftProcess;
let port: number;
const prefix = uniquePrefix();
const queue = createRunQueue({ connection: testRedisConnection(), prefix });
const cwd = mkdtempSync(path.join(tmpdir(), 'rift-serve-'));

beforeAll(async () => {
  stub = await startGitHubStub({ appId: APP_ID, installationId: INSTALLATION_ID });
  stub.addRepo({ owner: OWNER, repo: REPO, files: { '.github/rift.yml': 'auto_heal: true\nteam: Code Warriors\nleader: Ada Lovelace\n' } });
  scratch = await openScratchDatabase();
  const env = {
    APP_ID: String(APP_ID),
    // One line with literal \n, as single-line env files hold it.
    PRIVATE_KEY: PEM.trim().replace(/\n/g, '\\n'),
    WEBHOOK_SECRET: SECRET,
    WEBHOOK_PATH,
    DATABASE_URL: scratch.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    RIFT_QUEUE_PREFIX: prefix,
    PORT: '0',
    HOST: '127.0.0.1',
    OUTPUT_DIR: path.join(cwd, 'outputs'),
    RIFT_SANDBOX: 'none',
    LOG_LEVEL: 'info',
    ...stub.env,
  };
  // Both start at once: each spends seconds loading TypeScript.
  serve = spawnRift(['serve', '--no-worker'], env, cwd);
  noAppId = spawnRift(['serve'], { ...env, APP_ID: '' }, cwd);
  workerNoRedis = spawnRift(['worker'], { ...env, REDIS_URL: '' }, cwd);
  port = await serve.listening();
}, 60_000);

afterAll(async () => {
  serve?.kill();
  noAppId?.kill();
  workerNoRedis?.kill();
  await queue.obliterate({ force: true });
  await queue.close();
  await stub?.close();
  await scratch?.cleanup();
  rmSync(cwd, { recursive: true, force: true });
});

/** A pull request on the stub whose head is a fresh commit, and its failed check run, signed. */
function failedCheckRunOnNewCommit(secret = SECRET) {
  const sha = randomBytes(20).toString('hex');
  const pullNumber = 2 + stub.state.repos.get(`${OWNER}/${REPO}`)!.pulls.length;
  stub.state.repos.get(`${OWNER}/${REPO}`)!.pulls.push({ number: pullNumber, user: 'octocat', head: { ref: 'feature', sha }, base: { ref: 'main' } });
  const payload = failedCheckRun({ owner: OWNER, repo: REPO, webUrl: stub.url, installationId: INSTALLATION_ID, sha, pullNumber, headRef: 'feature' });
  return { sha, webhook: signedWebhook(secret, 'check_run', payload) };
}

const post = (webhook: { headers: Record<string, string>; body: string }) =>
  fetch(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, { method: 'POST', headers: webhook.headers, body: webhook.body });

const runsOf = (sha: string) => scratch.db('runs').where({ fingerprint: fingerprintOf(`${stub.url}/${OWNER}/${REPO}`, sha) });

describe('rift serve', () => {
  it('answers GET /healthz with ok when PostgreSQL and Redis answer', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });

  it('answers 404 outside the webhook path and /healthz', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(404);
  });

  it('records a queued run with its trigger and enqueues its job for a signed failed check run', async () => {
    const { sha, webhook } = failedCheckRunOnNewCommit();

    const response = await post(webhook);

    expect(response.status).toBe(200);
    const runs = await runsOf(sha);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'queued', repo_url: `${stub.url}/${OWNER}/${REPO}`, team_name: 'Code Warriors', leader_name: 'Ada Lovelace' });
    const traces = await listTraces(scratch.db, runs[0].run_id);
    expect(traces[0]).toMatchObject({ step_index: 0, agent_node: 'trigger' });
    expect(await queue.getJob(runs[0].run_id)).toBeDefined();
    // The app’s JWT buys the installation token; the token reads the config (the pull request comes from the payload).
    expect(stub.requests.map((r) => `${r.method} ${r.url.split('?')[0]} ${r.status} ${r.auth}`)).toEqual(
      expect.arrayContaining([
        `POST /app/installations/${INSTALLATION_ID}/access_tokens 201 jwt`,
        `GET /repos/${OWNER}/${REPO}/contents/.github%2Frift.yml 200 token`,
      ]),
    );
    expect(stub.unknownRequests()).toEqual([]);
  });

  it('refuses a webhook signed with another secret and records nothing', async () => {
    const { sha, webhook } = failedCheckRunOnNewCommit('not-the-secret');

    const response = await post(webhook);

    expect(response.status).toBe(400);
    expect(await runsOf(sha)).toHaveLength(0);
  });

  it('exits 2 naming APP_ID when it is not set', async () => {
    const { code } = await noAppId.exited;

    expect(code).toBe(2);
    expect(noAppId.output()).toContain('rift: APP_ID is not set');
  });

  it('rift worker exits 2 naming REDIS_URL when it is not set', async () => {
    const { code } = await workerNoRedis.exited;

    expect(code).toBe(2);
    expect(workerNoRedis.output()).toContain('rift: rift worker needs REDIS_URL (Redis, the queue)');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    serve.child.kill('SIGTERM');

    const { code } = await serve.exited;

    expect(code).toBe(0);
    expect(serve.output()).toContain('"msg":"server process stopped"');
  });
});
