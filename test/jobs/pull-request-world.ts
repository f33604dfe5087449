// The world a pull-request job runs in, for the heal-pull-request tests: real PostgreSQL, real Redis,
// real git (bare repositories at their GitHub URLs), the real sandbox, a real Probot whose GitHub is
// nock, and a pino logger whose every line is kept so tests can look for secrets in it.
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { pino, type Logger } from 'pino';
import { fixBranchName } from '../../src/heal/branch-name.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import { createSandbox } from '../../src/heal/sandbox/index.ts';
import type { Sandbox } from '../../src/heal/sandbox/index.ts';
import type { PullRequestJobDeps } from '../../src/jobs/heal-pull-request.ts';
import { silentLogger } from '../../src/log.ts';
import { createPdfQueue } from '../../src/queue/pdf-export.ts';
import { createRedisState } from '../../src/runtime/redis-state.ts';
import { insertRun } from '../../src/store/index.ts';
import { recordTrigger, type DashboardTrigger, type HealTrigger, type PullRequestTrigger } from '../../src/webhooks/trigger.ts';
import { checkRunResponse, issueComment } from '../github/github-fixtures.ts';
import { createGitHubRemotes, type BareRepo, type GitHubRemotes } from '../helpers/github-remote.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { pythonProject } from '../helpers/python-project.ts';
import { nock } from '../helpers/http-mock.ts';
import { testProbot, type TestProbot } from '../helpers/probot.ts';
import { openTestDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';

export const TEAM = 'Code Warriors';
export const LEADER = 'John Doe';
export const BRANCH = fixBranchName(TEAM, LEADER);
export const API = 'https://api.github.com';
/** The default branch of a dashboard run's repository. */
export const DEFAULT_BRANCH = 'main';

/** A small Python package whose one check (flake8) fails on two unused imports: a quick heal with two fixes. */
export function unusedImports(): Record<string, string> {
  const files = pythonProject(
    {
      'src/shop/__init__.py': '',
      'src/shop/prices.py': 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n',
      'src/shop/rules.py': 'import os\n\n\ndef is_free(price):\n    return price == 0\n',
    },
    { checks: ['flake8 src'] },
  );
  // flake8 is on the machine already: a workflow with no install step spares each test a failed pip.
  files['.github/workflows/ci.yml'] = files['.github/workflows/ci.yml'].replace(/^ +- run: pip install .*\n/m, '');
  return files;
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

interface OpenedPullRequest {
  number: number;
  repository: { name: string; html_url: string; owner: { login: string } };
  pull_request: { head: { ref: string }; base: { ref: string }; user: { login: string } };
}

/** GitHub's "pull_request opened" example: the pull request every test heals. */
function openedExample(): OpenedPullRequest {
  const definition = examples.find((example) => example.name === 'pull_request');
  const opened = definition?.examples.find((example) => (example as { action?: string }).action === 'opened');
  if (!opened) throw new Error('@octokit/webhooks-examples has no "pull_request opened" example');
  return structuredClone(opened) as unknown as OpenedPullRequest;
}

/** A queued run of either kind, as the mocks below take it. */
export interface RunCase {
  trigger: HealTrigger;
  bare: BareRepo;
  runId: string;
  fingerprint: string;
}

export interface PullRequestCase extends RunCase {
  trigger: PullRequestTrigger;
  /** The pull request's repository (owner/repo), holding the head commit on headRef. */
  bare: BareRepo;
  /** The fork the head commit lives in, for a fork's pull request. */
  fork?: BareRepo;
  runId: string;
  fingerprint: string;
}

export interface PullRequestWorld {
  db: Knex;
  redis: Redis;
  remotes: GitHubRemotes;
  app: TestProbot;
  /** Every log line (JSON) the job and the engine wrote. */
  logLines: string[];
  pdfQueue: Queue;
  outputDir: string;
  workRoot: string;
  deps(overrides?: Partial<PullRequestJobDeps>): PullRequestJobDeps;
  /** A repository holding `files` on the pull request's head branch, and its queued run as the webhook leaves it. */
  /** A queued run; a `/rift heal` comment's unless `kind` says a failing check run's (whose job asks GitHub first). */
  queueRun(files: Record<string, string>, opts?: { fork?: boolean; kind?: PullRequestTrigger['kind'] }): Promise<PullRequestCase>;
  /** A repository holding `files` on its default branch, and the queued run the dashboard starts on its head. */
  queueDashboardRun(files: Record<string, string>): Promise<RunCase & { trigger: DashboardTrigger }>;
  close(): Promise<void>;
}

/** Opens the world; close() undoes all of it. */
export async function openPullRequestWorld(): Promise<PullRequestWorld> {
  const database = await openTestDatabase();
  const redis = new Redis({ ...(testRedisConnection() as object), maxRetriesPerRequest: 1 });
  const remotes = createGitHubRemotes();
  const uninstall = remotes.install();
  const base = mkdtempSync(path.join(tmpdir(), 'rift-job-'));
  const logLines: string[] = [];
  const logger: Logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
  const sandbox: Sandbox = await createSandbox({ env: process.env, logger: silentLogger });
  const pdfQueue = createPdfQueue({ connection: testRedisConnection(), prefix: uniquePrefix() });
  const app = testProbot();
  const outputDir = path.join(base, 'outputs');
  const workRoot = path.join(base, 'work');

  // The run as the webhook edge (or the dashboard) leaves it: queued, its trigger at step 0, named in Redis.
  async function recordRun(trigger: HealTrigger): Promise<{ runId: string; fingerprint: string }> {
    const fingerprint = fingerprintOf(trigger.repoHtmlUrl, trigger.headSha);
    const runId = await database.db.transaction(async (trx) => {
      const run = await insertRun(trx, {
        fingerprint,
        repo_url: trigger.repoHtmlUrl,
        team_name: TEAM,
        leader_name: LEADER,
        branch_name: BRANCH,
        start_time: new Date(),
      });
      await recordTrigger(trx, run.run_id, trigger);
      return run.run_id;
    });
    await redis.set(`run:fingerprint:${fingerprint}`, runId, 'EX', 7200);
    return { runId, fingerprint };
  }

  return {
    db: database.db,
    redis,
    remotes,
    app,
    logLines,
    pdfQueue,
    outputDir,
    workRoot,
    deps(overrides = {}) {
      return {
        db: database.db,
        runtime: createRedisState(redis),
        redis,
        sandbox,
        logger,
        installationClient: (id) => app.probot.auth(id),
        env: {},
        outputDir,
        workRoot,
        pdfQueue,
        ciWait: { appearTimeoutMs: 300, finishTimeoutMs: 2_000, pollMs: 100 },
        appId: app.appId,
        reportIntervalMs: 60_000,
        ...overrides,
      };
    },
    async queueRun(files, opts = {}) {
      const example = openedExample();
      const owner = example.repository.owner.login;
      // A repository of each test's own, so runs and fingerprints never meet across tests.
      const repo = `${example.repository.name}-${randomUUID().slice(0, 8)}`;
      const headRef = example.pull_request.head.ref;
      const baseRef = example.pull_request.base.ref;
      const source = makeRepo(files);
      source.git('branch', '-m', baseRef);
      source.git('branch', headRef);
      const headSha = source.git('rev-parse', 'HEAD').trim();
      // A fork's head commit is in the fork only; the pull request's repository has just its base.
      const baseSource = opts.fork ? makeRepo({ 'README.md': '# shop\n' }) : source;
      if (opts.fork) baseSource.git('branch', '-m', baseRef);
      const bare = remotes.addRepo(owner, repo, baseSource.dir);
      const forkOwner = 'octocat';
      const fork = opts.fork ? remotes.addRepo(forkOwner, repo, source.dir) : undefined;
      source.cleanup();
      baseSource.cleanup();

      const trigger: PullRequestTrigger = {
        kind: opts.kind ?? 'comment',
        installationId: 4242,
        owner,
        repo,
        repoHtmlUrl: `https://github.com/${owner}/${repo}`,
        pullNumber: example.number,
        headSha,
        headRef,
        baseRef,
        fork: Boolean(fork),
        headRepoFullName: fork ? `${forkOwner}/${repo}` : `${owner}/${repo}`,
        sender: example.pull_request.user.login,
        team: TEAM,
        leader: LEADER,
      };
      return { ...(await recordRun(trigger)), trigger, bare, ...(fork ? { fork } : {}) };
    },
    async queueDashboardRun(files) {
      const owner = 'octo-org';
      const repo = `shop-${randomUUID().slice(0, 8)}`;
      const source = makeRepo(files);
      source.git('branch', '-m', DEFAULT_BRANCH);
      const headSha = source.git('rev-parse', 'HEAD').trim();
      const bare = remotes.addRepo(owner, repo, source.dir);
      source.cleanup();

      const trigger: DashboardTrigger = {
        kind: 'dashboard',
        installationId: 4343,
        owner,
        repo,
        repoHtmlUrl: `https://github.com/${owner}/${repo}`,
        headSha,
        headRef: DEFAULT_BRANCH,
        baseRef: DEFAULT_BRANCH,
        fork: false,
        headRepoFullName: `${owner}/${repo}`,
        sender: 'ada',
        team: TEAM,
        leader: LEADER,
      };
      return { ...(await recordRun(trigger)), trigger, bare };
    },
    async close() {
      uninstall();
      await pdfQueue.obliterate({ force: true }).catch(() => undefined);
      await pdfQueue.close();
      redis.disconnect();
      await database.cleanup();
      remotes.cleanup();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** What the nocked GitHub received, by call. */
export interface GitHubCalls {
  checkRunCreated: Record<string, unknown>[];
  checkRunUpdated: Record<string, unknown>[];
  commentCreated: Record<string, unknown>[];
  commentEdited: Record<string, unknown>[];
  pullCreated: Record<string, unknown>[];
  /** The sha of each CI poll (GET /actions/runs?head_sha=). */
  ciPolls: string[];
}

export function emptyCalls(): GitHubCalls {
  return { checkRunCreated: [], checkRunUpdated: [], commentCreated: [], commentEdited: [], pullCreated: [], ciPolls: [] };
}

const CHECK_RUN_ID = 5150;
const COMMENT_ID = 6160;

/** The start of a run: the in-progress check run created, the live sticky comment created. */
export function mockRunStart(c: PullRequestCase, calls: GitHubCalls): void {
  const { owner, repo, pullNumber } = c.trigger;
  mockCheckRunStart(c, calls);
  nock(API)
    .get(`/repos/${owner}/${repo}/issues/${pullNumber}/comments`)
    .query(true)
    .reply(200, [issueComment(owner, repo, pullNumber, 11, 'Looks broken to me')])
    .post(`/repos/${owner}/${repo}/issues/${pullNumber}/comments`, (body) => calls.commentCreated.push(body) > 0)
    .reply(201, (_uri, body) => issueComment(owner, repo, pullNumber, COMMENT_ID, (body as { body: string }).body));
}

/** The in-progress RIFT check run created on the head commit (all a dashboard run shows as it starts). */
export function mockCheckRunStart(c: RunCase, calls: GitHubCalls): void {
  const { owner, repo, headSha } = c.trigger;
  nock(API)
    .get(`/repos/${owner}/${repo}/commits/${headSha}/check-runs`)
    .query(true)
    .reply(200, { total_count: 0, check_runs: [] })
    .post(`/repos/${owner}/${repo}/check-runs`, (body) => calls.checkRunCreated.push(body) > 0)
    .reply(201, checkRunResponse({ id: CHECK_RUN_ID, name: 'RIFT', external_id: c.runId, head_sha: headSha }));
}

/**
 * The repository's CI for any pushed commit: no workflow run and no check suite, for as many polls as
 * the wait makes; `onPoll` runs at each (a person's push, a look at the workspace).
 */
export function mockNoCi(c: RunCase, calls: GitHubCalls, onPoll?: (sha: string) => void): void {
  const { owner, repo } = c.trigger;
  nock(API)
    .persist()
    .get(`/repos/${owner}/${repo}/actions/runs`)
    .query(true)
    .reply(200, (uri) => {
      const sha = new URL(uri, API).searchParams.get('head_sha') ?? '';
      calls.ciPolls.push(sha);
      onPoll?.(sha);
      return { total_count: 0, workflow_runs: [] };
    })
    .get(new RegExp(`^/repos/${owner}/${repo}/commits/[0-9a-f]{40}/check-suites`))
    .query(true)
    .reply(200, { total_count: 0, check_suites: [] });
}

/** The fix pull request: none open yet, so it is created. */
export function mockFixPullRequest(c: RunCase, calls: GitHubCalls, number = 77): void {
  const { owner, repo, headRef } = c.trigger;
  nock(API)
    .get(`/repos/${owner}/${repo}/pulls`)
    .query({ head: `${owner}:${BRANCH}`, base: headRef, state: 'open' })
    .reply(200, [])
    .post(`/repos/${owner}/${repo}/pulls`, (body) => calls.pullCreated.push(body) > 0)
    .reply(201, { number, html_url: `https://github.com/${owner}/${repo}/pull/${number}`, title: 'x', body: 'y' });
}

/** The end of a run: the check run completed in place, the sticky comment edited in place. */
export function mockRunEnd(c: PullRequestCase, calls: GitHubCalls): void {
  const { owner, repo, pullNumber } = c.trigger;
  mockCheckRunEnd(c, calls);
  nock(API)
    .get(`/repos/${owner}/${repo}/issues/${pullNumber}/comments`)
    .query(true)
    .reply(200, () => [
      issueComment(owner, repo, pullNumber, 11, 'Looks broken to me'),
      issueComment(owner, repo, pullNumber, COMMENT_ID, String(calls.commentCreated.at(-1)?.body ?? '<!-- rift:sticky -->')),
    ])
    .patch(`/repos/${owner}/${repo}/issues/comments/${COMMENT_ID}`, (body) => calls.commentEdited.push(body) > 0)
    .reply(200, (_uri, body) => issueComment(owner, repo, pullNumber, COMMENT_ID, (body as { body: string }).body));
}

/** The RIFT check run found and completed in place (all a dashboard run shows as it ends). */
export function mockCheckRunEnd(c: RunCase, calls: GitHubCalls): void {
  const { owner, repo, headSha } = c.trigger;
  nock(API)
    .get(`/repos/${owner}/${repo}/commits/${headSha}/check-runs`)
    .query(true)
    .reply(200, { total_count: 1, check_runs: [checkRunResponse({ id: CHECK_RUN_ID, name: 'RIFT', external_id: c.runId, head_sha: headSha })] })
    .patch(`/repos/${owner}/${repo}/check-runs/${CHECK_RUN_ID}`, (body) => calls.checkRunUpdated.push(body) > 0)
    .reply(200, checkRunResponse({ id: CHECK_RUN_ID, name: 'RIFT', external_id: c.runId, head_sha: headSha }));
}
