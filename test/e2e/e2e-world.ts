// One world for the browser tests: `rift serve` (webhooks, dashboard and a worker) as a real child
// process on 127.0.0.1, on a scratch PostgreSQL database and the machine's Redis under a queue prefix of
// its own, with the loopback GitHub stub as GitHub (API, OAuth pages, and clones and pushes through
// git's url.<base>.insteadOf to a bare repository). close() removes every key and file it made.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { spawnRift, type RiftProcess } from '../../bench/ingress-process.ts';
import { activeRunKey, claimLockKey } from '../../src/webhooks/request-heal.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { startGitHubStub, type GitHubStub, type StubPermission } from '../helpers/github-stub-server.ts';
import { pythonProject } from '../helpers/python-project.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { uniquePrefix } from '../queue/redis.ts';

const APP_ID = 7171;
const INSTALLATION_ID = 717;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface E2eWorldOptions {
  /** RIFT_RATE_LIMIT: requests a minute per IP. */
  rateLimit: number;
  /** Collaborators of the repository by login (anyone else reads it). */
  permissions: Record<string, StubPermission>;
}

export interface E2eWorld {
  /** http://127.0.0.1:<port>: where the browser reaches RIFT (RIFT_PUBLIC_URL). */
  url: string;
  stub: GitHubStub;
  /** The scratch database `rift serve` writes. */
  db: Knex;
  serve: RiftProcess;
  /** The broken repository, as owner/name, and the head of its default branch. */
  repository: string;
  headSha: string;
  /** Lets the repository's CI finish green on RIFT's commits: until then it stays in progress. */
  finishCi(): void;
  close(): Promise<void>;
}

/** flake8 fails on two unused imports in two files: a heal with two fixes, no install step (no network). */
function brokenShop(): Record<string, string> {
  const files = pythonProject(
    {
      'src/shop/__init__.py': '',
      'src/shop/prices.py': 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n',
      'src/shop/cart.py': 'from decimal import Decimal\nimport os\n\n\ndef total(prices):\n    return sum(prices, Decimal(0))\n',
    },
    { checks: ['flake8 src'] },
  );
  files['.github/workflows/ci.yml'] = files['.github/workflows/ci.yml'].replace(/^ +- run: pip install .*\n/m, '');
  return files;
}

// The dashboard's public URL names the port before the server starts: ask the system for a free one.
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the world; resolves once `rift serve` listens. */
export async function openE2eWorld(opts: E2eWorldOptions): Promise<E2eWorld> {
  const base = mkdtempSync(path.join(tmpdir(), 'rift-e2e-'));
  const prefix = uniquePrefix();
  const stub = await startGitHubStub({ appId: APP_ID, installationId: INSTALLATION_ID });
  const [owner, name] = ['octo-shop', 'shop'];
  const source = makeRepo(brokenShop());
  const headSha = source.git('rev-parse', 'HEAD').trim();
  const bare = path.join(base, 'remotes', owner, `${name}.git`);
  mkdirSync(path.dirname(bare), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', source.dir, bare]);
  source.cleanup();
  const gitconfig = path.join(base, 'gitconfig');
  writeFileSync(gitconfig, `[url "file://${path.join(base, 'remotes')}/"]\n\tinsteadOf = ${stub.url}/\n`);
  let ciGreen = false;
  stub.addRepo({
    owner,
    repo: name,
    branches: { main: headSha },
    permissions: opts.permissions,
    // The head fails; RIFT's commits stay in progress until the test lets them pass.
    ci: (sha) => (sha === headSha ? { status: 'completed', conclusion: 'failure' } : ciGreen ? { status: 'completed', conclusion: 'success' } : { status: 'in_progress', conclusion: null }),
  });
  const scratch = await openScratchDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const serve = spawnRift(
    ['serve'],
    {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      WEBHOOK_SECRET: randomBytes(12).toString('hex'),
      DATABASE_URL: scratch.url,
      REDIS_URL,
      RIFT_QUEUE_PREFIX: prefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      OUTPUT_DIR: path.join(base, 'outputs'),
      RIFT_WORK_DIR: path.join(base, 'work'),
      RIFT_CI_POLL_MS: '200',
      GIT_CONFIG_GLOBAL: gitconfig,
      LOG_LEVEL: 'info',
      GITHUB_CLIENT_ID: stub.state.oauth.clientId,
      GITHUB_CLIENT_SECRET: stub.state.oauth.clientSecret,
      RIFT_SESSION_SECRET: randomBytes(24).toString('hex'),
      RIFT_PUBLIC_URL: url,
      RIFT_RATE_LIMIT: String(opts.rateLimit),
      ...stub.env,
    },
    base,
  );
  try {
    await serve.listening();
  } catch (err) {
    serve.kill();
    await stub.close();
    await scratch.cleanup();
    rmSync(base, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    stub,
    db: scratch.db,
    serve,
    repository: `${owner}/${name}`,
    headSha,
    finishCi: () => {
      ciGreen = true;
    },
    async close() {
      serve.child.kill('SIGTERM');
      await Promise.race([serve.exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      serve.kill();
      await removeRedisKeys(scratch.db, prefix);
      await stub.close();
      await scratch.cleanup();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

// Everything under the queue prefix (queues, sessions, rate limit, edge caches) and the runtime keys of the runs.
async function removeRedisKeys(db: Knex, prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const runs = (await db('runs').select('run_id', 'fingerprint')) as { run_id: string; fingerprint: string }[];
    const patterns = [`${prefix}:*`, ...runs.flatMap((run) => [`run:${run.run_id}:*`, `events:${run.run_id}*`])];
    const doomed = runs.flatMap((run) => [activeRunKey(run.fingerprint), claimLockKey(run.fingerprint)]);
    for (const match of patterns) {
      for await (const batch of redis.scanStream({ match, count: 500 })) doomed.push(...(batch as string[]));
    }
    await redis.del(...doomed);
  } finally {
    redis.disconnect();
  }
}
