// The ingress as production runs it: createRiftApp served through Probot's node middleware, on the
// shared PostgreSQL database and the machine's Redis (a queue prefix of its own), with GitHub mocked.
import type { Queue } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createRunQueue, type RunJobData } from '../../src/queue/index.ts';
import { listTraces, Run, type ExecutionTrace } from '../../src/store/index.ts';
import { createRiftApp } from '../../src/webhooks/app.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { nock } from '../helpers/http-mock.ts';
import { mockInstallationToken, serveApp, testProbot, type ServedApp } from '../helpers/probot.ts';
import { openTestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import { API, OWNER, REPO, REPO_HTML_URL, permissionResponse, pullCommit, pullResponse, type PullCase } from './fixtures.ts';

export const RIFT_APP_ID = 424242;

export interface Ingress {
  db: Knex;
  redis: Redis;
  queue: Queue<RunJobData>;
  server: ServedApp;
  /** The runs recorded for a commit of the example repository. */
  runsOf(sha: string): Promise<Run[]>;
  traces(runId: string): Promise<ExecutionTrace[]>;
  close(): Promise<void>;
}

export interface IngressOptions {
  /** Replaces the harness's own queue (e.g. a closed one). */
  queue?: Queue<RunJobData>;
  /** Replaces the Redis client of the app (e.g. one that cannot connect). */
  redis?: Redis;
}

/** Starts the app; its edge cache has a key prefix of its own, so parallel files never share entries. */
export async function startIngress(opts: IngressOptions = {}): Promise<Ingress> {
  const { db, cleanup } = await openTestDatabase();
  const ownRedis = new Redis(testRedisConnection() as RedisOptions);
  const redis = opts.redis ?? ownRedis;
  const own = createRunQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });
  const queue = opts.queue ?? own;
  const probot = testProbot({ appId: RIFT_APP_ID });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = createRiftApp({ db, redis, queue, logger, appId: RIFT_APP_ID, edgeCache: { keyPrefix: `${uniquePrefix()}:` } });
  const server = await serveApp(probot, app);
  return {
    db,
    redis,
    queue,
    server,
    runsOf: async (sha) => Run.query(db).where({ fingerprint: fingerprintOf(REPO_HTML_URL, sha) }),
    traces: (runId) => listTraces(db, runId),
    async close() {
      await server.close();
      await own.obliterate({ force: true });
      await own.close();
      await ownRedis.quit();
      await cleanup();
    },
  };
}

const repoPath = `/repos/${OWNER}/${REPO}`;

/** The installation token, then `.github/rift.yml` of the repository (null: no file anywhere). */
export function mockInstallationAndConfig(installationId: number, riftYml: string | null, opts: { tokensUpTo?: number } = {}): void {
  mockInstallationToken(installationId, { upTo: opts.tokensUpTo });
  mockRiftYml(riftYml);
}

/** `.github/rift.yml` as Probot's loader reads it (raw media type); null: no file anywhere. */
export function mockRiftYml(riftYml: string | null): void {
  const scope = nock(API).get(`${repoPath}/contents/.github%2Frift.yml`);
  if (riftYml !== null) {
    scope.reply(200, riftYml, { 'content-type': 'text/plain; charset=utf-8' });
    return;
  }
  scope.reply(404, { message: 'Not Found' });
  // Probot's loader falls back to the owner's `.github` repository.
  nock(API).get(`/repos/${OWNER}/.github/contents/.github%2Frift.yml`).reply(404, { message: 'Not Found' });
}

/** GET the pull request. */
export function mockPull(c: PullCase): void {
  nock(API).get(`${repoPath}/pulls/${c.number ?? 2}`).reply(200, pullResponse(c));
}

/** GET the pull request's commits (one page). */
export function mockPullCommits(number: number, commits: object[]): void {
  nock(API).get(`${repoPath}/pulls/${number}/commits`).query({ per_page: 100, page: 1 }).reply(200, commits);
}

/** A pull request's commits by a person. */
export function humanCommits(): object[] {
  return [pullCommit({ login: 'Codertocat', type: 'User' }, 'Add the feature')];
}

/** GET the commenter's permission. */
export function mockPermission(user: string, permission: string, roleName = permission): void {
  nock(API).get(`${repoPath}/collaborators/${user}/permission`).reply(200, permissionResponse(user, permission, roleName));
}

/** Expects the reaction on the comment; returns the bodies sent. */
export function expectReaction(commentId: number): unknown[] {
  const sent: unknown[] = [];
  nock(API)
    .post(`${repoPath}/issues/comments/${commentId}/reactions`, (body) => sent.push(body) > 0)
    .reply(201, { id: 1, content: 'eyes' });
  return sent;
}

/** Expects one reply comment on the pull request; returns the bodies sent. */
export function expectReply(number: number): Array<{ body: string }> {
  const sent: Array<{ body: string }> = [];
  nock(API)
    .post(`${repoPath}/issues/${number}/comments`, (body) => sent.push(body as { body: string }) > 0)
    .reply(201, { id: 777, body: 'reply' });
  return sent;
}
