// A worker killed mid-run (SIGKILL, after it pushed the fix branch, while it waits for CI) loses its
// job when the lock expires; a second `rift worker` takes the job up and finishes the run: the fix
// branch ends with one set of [AI-AGENT] commits, and the run has one set of rows.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRift, type RiftProcess } from '../../bench/ingress-process.ts';
import { silentLogger } from '../../src/log.ts';
import { createRunQueue } from '../../src/queue/index.ts';
import { getRun, listCiEvents, listFixes, listTraces } from '../../src/store/index.ts';
import { requestHeal } from '../../src/webhooks/request-heal.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub-server.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';

const APP_ID = 6262;
const INSTALLATION_ID = 727;
const OWNER = 'octo-shop';
const REPO = 'recover';
const FIX_BRANCH = 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix';
const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

const base = mkdtempSync(path.join(tmpdir(), 'rift-recover-'));
const bare = path.join(base, 'remotes', OWNER, `${REPO}.git`);
const prefix = uniquePrefix();
const queue = createRunQueue({ connection: testRedisConnection(), prefix });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const workers: RiftProcess[] = [];
let stub: GitHubStub;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let headSha: string;
let workerEnv: Record<string, string>;

beforeAll(async () => {
  stub = await startGitHubStub({ appId: APP_ID, installationId: INSTALLATION_ID });
  const source = makeRepo(pythonTwoBugs());
  source.git('branch', 'feature');
  headSha = source.git('rev-parse', 'HEAD').trim();
  mkdirSync(path.dirname(bare), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', source.dir, bare]);
  source.cleanup();
  const gitconfig = path.join(base, 'gitconfig');
  writeFileSync(gitconfig, `[url "file://${path.join(base, 'remotes')}/"]\n\tinsteadOf = ${stub.url}/\n`);
  // No CI runs on the fix branch: a worker waits RIFT_CI_APPEAR_TIMEOUT_MS after its push, the window to kill it in.
  stub.addRepo({ owner: OWNER, repo: REPO, pulls: [{ number: 7, user: 'octocat', head: { ref: 'feature', sha: headSha }, base: { ref: 'main' } }] });
  scratch = await openScratchDatabase({ migrate: true });
  workerEnv = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: PEM,
    DATABASE_URL: scratch.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    RIFT_QUEUE_PREFIX: prefix,
    OUTPUT_DIR: path.join(base, 'outputs'),
    RIFT_WORK_DIR: path.join(base, 'work'),
    RIFT_CI_POLL_MS: '200',
    RIFT_CI_APPEAR_TIMEOUT_MS: '20000',
    RIFT_JOB_LOCK_MS: '2000',
    GIT_CONFIG_GLOBAL: gitconfig,
    LOG_LEVEL: 'info',
    ...stub.env,
  };
}, 60_000);

afterAll(async () => {
  for (const worker of workers) worker.kill();
  await queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
  await stub?.close();
  await scratch?.cleanup();
  rmSync(base, { recursive: true, force: true });
});

async function waitFor<T>(what: string, find: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms; workers said:\n${workers.map((w) => w.output().slice(-3000)).join('\n---\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function branchSubjects(): string[] {
  const listed = execFileSync('git', ['log', '--format=%s', `${headSha}..${FIX_BRANCH}`], { cwd: bare, encoding: 'utf8' }).trim();
  return listed === '' ? [] : listed.split('\n');
}

function branchExists(): boolean {
  return execFileSync('git', ['branch', '--list', FIX_BRANCH], { cwd: bare, encoding: 'utf8' }).trim() !== '';
}

describe('a worker killed mid-run', () => {
  it('is replaced by another that finishes the run with no duplicate commit or row', async () => {
    const { runId } = await requestHeal(
      { db: scratch.db, redis, queue, logger: silentLogger },
      {
        kind: 'check_run',
        installationId: INSTALLATION_ID,
        owner: OWNER,
        repo: REPO,
        repoHtmlUrl: `${stub.url}/${OWNER}/${REPO}`,
        pullNumber: 7,
        headSha,
        headRef: 'feature',
        baseRef: 'main',
        fork: false,
        headRepoFullName: `${OWNER}/${REPO}`,
        sender: 'octocat',
        team: 'Code Warriors',
        leader: 'Ada Lovelace',
      },
    );
    const first = spawnRift(['worker'], workerEnv, base);
    workers.push(first);
    // Killed once its fixes are pushed and it waits for the repository's CI.
    await waitFor('first push', () => (branchExists() ? true : undefined), 120_000);
    const pushedByFirst = branchSubjects();
    first.child.kill('SIGKILL');
    await first.exited;
    expect((await getRun(scratch.db, runId))!.status).toBe('running');

    const second = spawnRift(['worker'], { ...workerEnv, RIFT_CI_APPEAR_TIMEOUT_MS: '500' }, base);
    workers.push(second);
    const run = await waitFor('the run to end', async () => {
      const row = await getRun(scratch.db, runId);
      return row && row.status !== 'running' ? row : undefined;
    }, 150_000);
    await waitFor('the job to complete', async () => ((await queue.getJobState(runId)) === 'completed' ? true : undefined), 60_000);

    expect(pushedByFirst).toHaveLength(2);
    const reasons = (await listTraces(scratch.db, runId)).map((t) => `${t.step_index} ${t.action_type}: ${t.action_label} :: ${t.thought_text ?? ''}`);
    expect(run.status, reasons.join('\n')).toBe('passed');
    const subjects = branchSubjects();
    expect(subjects).toHaveLength(2);
    expect(subjects.every((s) => s.startsWith('[AI-AGENT] '))).toBe(true);
    const fixes = await listFixes(scratch.db, runId);
    expect(fixes.filter((f) => f.status === 'applied')).toHaveLength(2);
    expect(new Set(fixes.map((f) => `${f.file_path}:${f.bug_type}`)).size).toBe(fixes.length);
    const events = await listCiEvents(scratch.db, runId);
    expect(events.map((e) => e.iteration)).toEqual([1]);
    const steps = (await listTraces(scratch.db, runId)).map((t) => t.step_index);
    expect(steps).toEqual(steps.map((_, i) => i));
    expect((await listTraces(scratch.db, runId)).map((t) => t.action_type)).toContain('resume');
    expect(stub.state.createdPulls).toHaveLength(1);
  }, 300_000);
});
