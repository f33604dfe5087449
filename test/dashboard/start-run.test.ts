// POST /api/runs through the dashboard: a signed-in user with write access starts a run on the head of
// a repository's default branch, claimed and queued as a webhook's run is (real PostgreSQL, Redis and
// BullMQ under a test prefix; GitHub is nock, strict, and RIFT's app a real Probot with its own key).
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/dashboard/app.ts';
import { readDashboardConfig } from '../../src/dashboard/config.ts';
import { dashboardKeys } from '../../src/dashboard/keys.ts';
import { probotAppGitHub } from '../../src/main/start-run-deps.ts';
import { silentLogger } from '../../src/log.ts';
import { createRunQueue } from '../../src/queue/index.ts';
import { getRun } from '../../src/store/index.ts';
import { activeRunKey } from '../../src/webhooks/request-heal.ts';
import { readTrigger } from '../../src/webhooks/trigger.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken, testProbot } from '../helpers/probot.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import { mockBranch, mockInstalledRepo, mockRepoInstallation } from './app-wire.ts';
import { mockRepo, READ_ONLY, type RepoPermissions } from './github-wire.ts';
import { cookiePair, dashboardEnv, keysUnder, setCookie, signIn, type DashboardWorld, type SignedIn } from './harness.ts';

const WRITE: RepoPermissions = { admin: false, maintain: false, push: true, triage: true, pull: true };

let testDb: TestDatabase;
let world: DashboardWorld;
const queue = createRunQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });
const healRedis = new Redis({ ...(testRedisConnection() as RedisOptions), maxRetriesPerRequest: 1 });
const fingerprints: string[] = [];

beforeAll(async () => {
  testDb = await openTestDatabase();
  const config = readDashboardConfig(dashboardEnv())!;
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  const prefix = `rift-test-${randomUUID().slice(0, 8)}:`;
  const startRun = { heal: { db: testDb.db, redis: healRedis, queue, logger: silentLogger }, app: probotAppGitHub(testProbot().probot) };
  const app = await buildDashboard({ config, db: testDb.db, redis, logger: silentLogger, keyPrefix: prefix, startRun });
  await app.ready();
  world = { app, config, redis, keys: dashboardKeys(prefix), prefix, close: async () => undefined };
});

afterAll(async () => {
  await world?.app.close();
  const keys = world ? await keysUnder(world.redis, world.prefix) : [];
  if (keys.length > 0) await world.redis.del(...keys);
  world?.redis.disconnect();
  if (fingerprints.length > 0) await healRedis.del(...fingerprints.map(activeRunKey));
  await queue.obliterate({ force: true });
  await queue.close();
  healRedis.disconnect();
  await testDb?.cleanup();
});

// A browser of `who`: its CSRF cookie and token, as GET /api/me hands them out.
async function browserOf(who: SignedIn): Promise<{ cookie: string; token: string }> {
  const me = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: who.cookie } });
  return { cookie: `${who.cookie}; ${cookiePair(setCookie(me, 'rift_csrf')!)}`, token: me.json().csrfToken };
}

const start = (payload: unknown, browser: { cookie: string; token?: string }) =>
  world.app.inject({
    method: 'POST',
    url: '/api/runs',
    headers: { cookie: browser.cookie, ...(browser.token ? { 'x-csrf-token': browser.token } : {}) },
    payload: payload as Record<string, unknown>,
  });

// A repository of the test's own, and a commit no other test heals.
function freshRepo(): { fullName: string; sha: string; installationId: number } {
  const sha = randomBytes(20).toString('hex');
  const fullName = `octo-org/shop-${randomUUID().slice(0, 8)}`;
  fingerprints.push(fingerprintOf(`https://github.com/${fullName}`, sha));
  return { fullName, sha, installationId: 7000 + Math.floor(Math.random() * 1_000_000) };
}

// The app installed on the repository, whose default branch stands at `sha`; the first start asks for a token.
function mockInstalled(repo: ReturnType<typeof freshRepo>, branch: string, token?: string): string {
  const installationToken = token ?? mockInstallationToken(repo.installationId);
  mockRepoInstallation(repo.fullName, repo.installationId);
  mockInstalledRepo(installationToken, repo.fullName, branch);
  mockBranch(installationToken, repo.fullName, branch, repo.sha);
  return installationToken;
}

describe('POST /api/runs', () => {
  useStrictHttpMock();

  it('queues a run on the default branch’s head for a user with write access', async () => {
    const me = await signIn(world, { login: 'ada' });
    const repo = freshRepo();
    mockRepo(me.viewer.token, repo.fullName, WRITE);
    mockInstalled(repo, 'trunk');

    const response = await start({ repository: `https://github.com/${repo.fullName}`, team: 'Code Warriors', leader: 'Ada Lovelace', retry_limit: 7 }, await browserOf(me));

    expect(response.statusCode).toBe(202);
    const body = response.json();
    expect(body).toEqual({ run_id: expect.any(String), created: true, url: `/runs/${body.run_id}` });
    expect(await getRun(testDb.db, body.run_id)).toMatchObject({
      status: 'queued',
      repo_url: `https://github.com/${repo.fullName}`,
      team_name: 'Code Warriors',
      leader_name: 'Ada Lovelace',
      branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
    });
    const [owner, name] = repo.fullName.split('/');
    expect(await readTrigger(testDb.db, body.run_id)).toEqual({
      kind: 'dashboard',
      installationId: repo.installationId,
      owner,
      repo: name,
      repoHtmlUrl: `https://github.com/${repo.fullName}`,
      headSha: repo.sha,
      headRef: 'trunk',
      baseRef: 'trunk',
      fork: false,
      headRepoFullName: repo.fullName,
      sender: 'ada',
      team: 'Code Warriors',
      leader: 'Ada Lovelace',
      maxIterations: 7,
    });
    expect((await queue.getJob(body.run_id))?.data).toEqual({ runId: body.run_id });
  });

  it('answers a second start of the same commit with the run already queued', async () => {
    const me = await signIn(world);
    const repo = freshRepo();
    mockRepo(me.viewer.token, repo.fullName, WRITE);
    const token = mockInstalled(repo, 'main');
    const browser = await browserOf(me);
    const payload = { repository: repo.fullName, team: 'Code Warriors', leader: 'Ada Lovelace' };
    const first = await start(payload, browser);
    mockInstalled(repo, 'main', token);

    const second = await start(payload, browser);

    expect(first.statusCode).toBe(202);
    expect(second.statusCode).toBe(202);
    expect(second.json()).toEqual({ run_id: first.json().run_id, created: false, url: `/runs/${first.json().run_id}` });
    expect((await readTrigger(testDb.db, first.json().run_id)).maxIterations).toBe(5);
  });

  it('refuses a user who can only read the repository (403) and hides it from one who cannot (404)', async () => {
    const reader = await signIn(world);
    const stranger = await signIn(world);
    const repo = freshRepo();
    mockRepo(reader.viewer.token, repo.fullName, READ_ONLY);
    mockRepo(stranger.viewer.token, repo.fullName, 404);
    const payload = { repository: repo.fullName, team: 'Code Warriors', leader: 'Ada Lovelace' };

    const read = await start(payload, await browserOf(reader));
    const none = await start(payload, await browserOf(stranger));

    expect(read.statusCode).toBe(403);
    expect(read.json().error.message).toBe(`you need write access to ${repo.fullName} to start a run`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe(`repository ${repo.fullName} not found`);
  });

  it('answers 404 when RIFT is not installed on the repository', async () => {
    const me = await signIn(world);
    const repo = freshRepo();
    mockRepo(me.viewer.token, repo.fullName, WRITE);
    mockRepoInstallation(repo.fullName, 404);

    const response = await start({ repository: repo.fullName, team: 'Code Warriors', leader: 'Ada Lovelace' }, await browserOf(me));

    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toBe(`RIFT is not installed on ${repo.fullName}`);
  });

  it('answers 422 for an empty repository, whose default branch has no commit', async () => {
    const me = await signIn(world);
    const repo = freshRepo();
    mockRepo(me.viewer.token, repo.fullName, WRITE);
    const token = mockInstallationToken(repo.installationId);
    mockRepoInstallation(repo.fullName, repo.installationId);
    mockInstalledRepo(token, repo.fullName, 'main');
    mockBranch(token, repo.fullName, 'main', 404);

    const response = await start({ repository: repo.fullName, team: 'Code Warriors', leader: 'Ada Lovelace' }, await browserOf(me));

    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/no commit on its default branch main/);
  });

  it.each([
    [{ repository: 'octo-org/shop', team: 'Code Warriors', leader: 'Ada', retry_limit: 21 }, /retry_limit: must be at most 20/],
    [{ repository: 'octo-org/shop', team: 'Code Warriors', leader: 'Ada', retry_limit: 0 }, /retry_limit: must be at least 1/],
    [{ repository: 'octo-org/shop', leader: 'Ada' }, /^team: /],
    [{ repository: 'https://gitlab.com/octo-org/shop', team: 'Code Warriors', leader: 'Ada' }, /repository: must be owner\/name or https:\/\/github\.com\/owner\/name/],
    [{ repository: 'octo-org/shop', team: '!!!', leader: 'Ada' }, /team name "!!!" has no letter or digit/],
  ])('answers 400 before asking GitHub for %j', async (payload, message) => {
    const me = await signIn(world);

    const response = await start(payload, await browserOf(me));

    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(message);
  });

  it('refuses a start without the CSRF token', async () => {
    const me = await signIn(world);

    const response = await start({ repository: 'octo-org/shop', team: 'Code Warriors', leader: 'Ada' }, { cookie: (await browserOf(me)).cookie });

    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/CSRF token/);
  });
});
