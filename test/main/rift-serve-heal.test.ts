// `rift serve` with its worker, as a real child process, heals a pull request end to end: a signed
// failed check run in, a fix branch pushed to the (bare, local) remote, the repository's CI on it
// read from the GitHub stub, a fix pull request, a completed RIFT check run, one sticky comment,
// results.json and report.pdf. Git reaches the stub's URLs through url.<base>.insteadOf.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedCheckRun } from '../../bench/ingress-payloads.ts';
import { spawnRift, type RiftProcess } from '../../bench/ingress-process.ts';
import { createRunQueue } from '../../src/queue/index.ts';
import { listTraces } from '../../src/store/index.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub-server.ts';
import { signedWebhook } from '../helpers/probot.ts';
import { pythonProject } from '../helpers/python-project.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';

const APP_ID = 5151;
const INSTALLATION_ID = 616;
const SECRET = randomBytes(12).toString('hex');
const OWNER = 'octo-shop';
const REPO = 'shop';
const FIX_BRANCH = 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix';
const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

const base = mkdtempSync(path.join(tmpdir(), 'rift-serve-heal-'));
const outputDir = path.join(base, 'outputs');
const bare = path.join(base, 'remotes', OWNER, `${REPO}.git`);
const prefix = uniquePrefix();
const queue = createRunQueue({ connection: testRedisConnection(), prefix });
let stub: GitHubStub;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let serve: RiftProcess;
let port: number;
let headSha: string;

/** flake8 fails on one unused import: a heal with one fix; no install step, so no network. */
function brokenShop(): Record<string, string> {
  const files = pythonProject({ 'src/shop/__init__.py': '', 'src/shop/prices.py': 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n' }, { checks: ['flake8 src'] });
  files['.github/workflows/ci.yml'] = files['.github/workflows/ci.yml'].replace(/^ +- run: pip install .*\n/m, '');
  return files;
}

beforeAll(async () => {
  stub = await startGitHubStub({ appId: APP_ID, installationId: INSTALLATION_ID });
  const source = makeRepo(brokenShop());
  source.git('branch', 'feature');
  headSha = source.git('rev-parse', 'HEAD').trim();
  mkdirSync(path.dirname(bare), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', source.dir, bare]);
  source.cleanup();
  const gitconfig = path.join(base, 'gitconfig');
  writeFileSync(gitconfig, `[url "file://${path.join(base, 'remotes')}/"]\n\tinsteadOf = ${stub.url}/\n`);
  stub.addRepo({
    owner: OWNER,
    repo: REPO,
    files: { '.github/rift.yml': 'auto_heal: true\nteam: Code Warriors\nleader: Ada Lovelace\n' },
    pulls: [{ number: 7, user: 'octocat', head: { ref: 'feature', sha: headSha }, base: { ref: 'main' } }],
    // The repository's CI fails on the pull request's head and passes on any later commit.
    ci: (sha) => ({ status: 'completed', conclusion: sha === headSha ? 'failure' : 'success' }),
  });
  scratch = await openScratchDatabase();
  serve = spawnRift(
    ['serve'],
    {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: PEM,
      WEBHOOK_SECRET: SECRET,
      DATABASE_URL: scratch.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      RIFT_QUEUE_PREFIX: prefix,
      PORT: '0',
      HOST: '127.0.0.1',
      OUTPUT_DIR: outputDir,
      RIFT_WORK_DIR: path.join(base, 'work'),
      RIFT_CI_POLL_MS: '200',
      GIT_CONFIG_GLOBAL: gitconfig,
      LOG_LEVEL: 'info',
      ...stub.env,
    },
    base,
  );
  port = await serve.listening();
}, 60_000);

afterAll(async () => {
  serve?.kill();
  await queue.obliterate({ force: true });
  await queue.close();
  await stub?.close();
  await scratch?.cleanup();
  rmSync(base, { recursive: true, force: true });
});

async function waitFor<T>(what: string, find: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms; rift serve said:\n${serve.output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('rift serve with its worker', () => {
  it('heals a pull request from a failed check run to a fix pull request and a completed check run', async () => {
    const payload = failedCheckRun({ owner: OWNER, repo: REPO, webUrl: stub.url, installationId: INSTALLATION_ID, sha: headSha, pullNumber: 7, headRef: 'feature' });
    const webhook = signedWebhook(SECRET, 'check_run', payload);

    const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: 'POST', headers: webhook.headers, body: webhook.body });

    expect(response.status).toBe(200);
    const run = await waitFor(
      'finished run',
      async () => {
        const row = await scratch.db('runs').first();
        return row && ['passed', 'failed', 'quarantined'].includes(row.status) ? row : undefined;
      },
      120_000,
    );
    expect(run.status).toBe('passed');
    // The run row ends before the job has reported on the pull request: the job's end is the signal.
    await waitFor('completed job', async () => ((await queue.getJobState(run.run_id)) === 'completed' ? true : undefined), 60_000);
    const subjects = execFileSync('git', ['log', '--format=%s', `${headSha}..${FIX_BRANCH}`], { cwd: bare, encoding: 'utf8' }).trim().split('\n');
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatch(/^\[AI-AGENT\] /);
    const checkRun = stub.state.checkRuns.find((r) => r.name === 'RIFT' && r.head_sha === headSha);
    expect(checkRun).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(checkRun!.annotations).toEqual([expect.objectContaining({ path: 'src/shop/prices.py', start_line: 1 })]);
    expect(stub.state.comments.filter((c) => c.issue_number === 7)).toHaveLength(1);
    expect(stub.state.createdPulls).toEqual([expect.objectContaining({ head: FIX_BRANCH, base: 'feature', state: 'open' })]);
    const results = JSON.parse(readFileSync(path.join(outputDir, run.run_id, 'results.json'), 'utf8'));
    expect(results).toMatchObject({ final_status: 'PASSED', branch_name: FIX_BRANCH, total_fixes: 1 });
    await waitFor('report.pdf', async () => (existsSync(path.join(outputDir, run.run_id, 'report.pdf')) ? true : undefined), 30_000);
    expect(stub.unknownRequests()).toEqual([]);
    // The installation token reached git's environment only.
    const token = stub.state.tokens[0];
    const traces = JSON.stringify(await listTraces(scratch.db, run.run_id));
    for (const place of [serve.output(), JSON.stringify(results), traces]) expect(place).not.toContain(token);
  }, 150_000);

  it('stops on SIGTERM with exit code 0', async () => {
    serve.child.kill('SIGTERM');

    const { code } = await serve.exited;

    expect(code).toBe(0);
  });
});
