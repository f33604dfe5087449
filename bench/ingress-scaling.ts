// The scaling part of the ingress section: a queue of small broken repositories (bench/corpus cases),
// healed end to end by `rift worker` processes, first by one, then by two. The repositories are bare
// remotes that git reaches at the stub's URLs through url.<base>.insteadOf (a GIT_CONFIG_GLOBAL file
// given to the workers), the stub says the repository's CI passes on any commit but the failing head,
// and the webhooks come through a webhook-only `rift serve`. The queue is paused while it fills and
// while the workers start, so the wall time is healing only. Production settings throughout: Octokit's
// throttling spaces each process's comment and pull request writes, as it would against GitHub.
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusCases, type BenchCase } from './corpus/index.ts';
import { failedCheckRun } from './ingress-payloads.ts';
import type { RiftProcess } from './ingress-process.ts';
import { BENCH_INSTALLATION_ID, openIngressWorld, type IngressWorld } from './ingress-world.ts';
import { writeRepo } from './repo.ts';

export interface ScalingRound {
  workers: number;
  wallMs: number;
  /** final status -> runs. */
  statuses: Record<string, number>;
  /** Why each run that did not pass ended as it did (results.json's failure reason). */
  notPassed: string[];
}

export interface ScalingFigures {
  repos: number;
  oneWorkerMs: number;
  twoWorkersMs: number;
  speedup: number;
  rounds: ScalingRound[];
}

/** Repositories per round: enough that two workers stay busy, few enough for a bench. */
export const SCALING_REPOS = 6;
const ROUND_TIMEOUT_MS = 15 * 60_000;
const TERMINAL = new Set(['passed', 'failed', 'quarantined']);

/** Heals the same cases with one worker process, then with two; the speed-up is one's time over two's. */
export async function runScaling(log: (line: string) => void): Promise<ScalingFigures> {
  const cases = scalingCases();
  const world = await openIngressWorld();
  try {
    const gitconfig = writeGitConfig(world);
    const serve = world.spawn(['serve', '--no-worker']);
    const port = await serve.listening(60_000);
    const rounds: ScalingRound[] = [];
    // Two first: whatever the first round warms (page cache, the tools' bytecode) then helps the
    // one-worker round, so the speed-up is, if anything, understated.
    for (const workers of [2, 1]) {
      const round = await healRound(world, port, cases, workers, gitconfig);
      log(`  scaling: ${workers} worker process(es) healed ${cases.length} repositories in ${(round.wallMs / 1000).toFixed(1)} s (${formatStatuses(round.statuses)})`);
      for (const line of round.notPassed) log(`    not passed: ${line}`);
      rounds.push(round);
    }
    const [two, one] = rounds;
    return { repos: cases.length, oneWorkerMs: one.wallMs, twoWorkersMs: two.wallMs, speedup: one.wallMs / two.wallMs, rounds };
  } finally {
    await world.close();
  }
}

// The first Python cases of the corpus: each heals in seconds with the tools the bench already needs.
function scalingCases(): BenchCase[] {
  return corpusCases()
    .filter((c) => c.language === 'python')
    .slice(0, Number(process.env.BENCH_SCALING_REPOS) || SCALING_REPOS);
}

// git fetches and pushes http://127.0.0.1:<stub>/<owner>/<repo>.git from <dir>/remotes/<owner>/<repo>.git.
function writeGitConfig(world: IngressWorld): string {
  const remotes = path.join(world.dir, 'remotes');
  mkdirSync(remotes, { recursive: true });
  const file = path.join(world.dir, 'gitconfig');
  writeFileSync(file, `[url "file://${remotes}/"]\n\tinsteadOf = ${world.stub.url}/\n[init]\n\tdefaultBranch = main\n`);
  return file;
}

/** One round: the cases as repositories of an owner of the round's own, queued, healed by `workers` processes. */
async function healRound(world: IngressWorld, port: number, cases: BenchCase[], workers: number, gitconfig: string): Promise<ScalingRound> {
  const owner = `scale-${workers}-${randomUUID().slice(0, 6)}`;
  await world.queue.pause();
  const runIds: string[] = [];
  for (const c of cases) runIds.push(await queueCase(world, port, owner, c.name, c));

  const processes: RiftProcess[] = [];
  for (let i = 0; i < workers; i += 1) {
    processes.push(world.spawn(['worker', '--concurrency', '1'], { GIT_CONFIG_GLOBAL: gitconfig, RIFT_CI_POLL_MS: '500', RIFT_CI_APPEAR_TIMEOUT_MS: '10000' }));
  }
  await Promise.all(processes.map((p) => p.logged('"msg":"rift worker started"', 60_000)));

  const started = performance.now();
  await world.queue.resume();
  const statuses = await waitForTerminal(world, runIds);
  const wallMs = performance.now() - started;

  for (const p of processes) p.child.kill('SIGTERM');
  await Promise.all(processes.map((p) => p.exited));
  // BENCH_LOG_DIR keeps each worker's log lines, to see where a round's time went.
  const logDir = process.env.BENCH_LOG_DIR;
  if (logDir) processes.forEach((p, i) => writeFileSync(path.join(logDir, `${owner}-worker-${i}.log`), p.output()));
  return { workers, wallMs, statuses, notPassed: await notPassedReasons(world, runIds) };
}

// results.json of each run that did not pass: its case and what stopped it.
async function notPassedReasons(world: IngressWorld, runIds: string[]): Promise<string[]> {
  const rows: Array<{ run_id: string; status: string; repo_url: string }> = await world.db('runs').whereIn('run_id', runIds).whereNot({ status: 'passed' }).select('run_id', 'status', 'repo_url');
  return rows.map((row) => {
    const file = path.join(world.env.OUTPUT_DIR, row.run_id, 'results.json');
    const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { failure_reason?: string; unresolved?: Array<{ message: string }> }) : null;
    const why = results?.failure_reason ?? results?.unresolved?.map((u) => u.message).join('; ') ?? 'no results.json';
    return `${row.repo_url.split('/').slice(-1)[0]} ${row.status}: ${why}`;
  });
}

// The case's repository as a bare remote with a `feature` branch, a pull request on the stub, and
// the signed failed check run that queues its run; returns the run id.
async function queueCase(world: IngressWorld, port: number, owner: string, repo: string, c: BenchCase): Promise<string> {
  const source = writeRepo(world.dir, c.files);
  execFileSync('git', ['branch', 'feature'], { cwd: source.dir });
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: source.dir, encoding: 'utf8' }).trim();
  const bare = path.join(world.dir, 'remotes', owner, `${repo}.git`);
  mkdirSync(path.dirname(bare), { recursive: true });
  execFileSync('git', ['clone', '--quiet', '--bare', source.dir, bare]);
  source.cleanup();
  world.stub.addRepo({
    owner,
    repo,
    files: { '.github/rift.yml': 'auto_heal: true\nteam: Bench Team\nleader: Bench Lead\n' },
    pulls: [{ number: 1, user: 'octocat', head: { ref: 'feature', sha }, base: { ref: 'main' } }],
    ci: (commit) => ({ status: 'completed', conclusion: commit === sha ? 'failure' : 'success' }),
  });
  const payload = failedCheckRun({ owner, repo, webUrl: world.stub.url, installationId: BENCH_INSTALLATION_ID, sha, pullNumber: 1, headRef: 'feature' });
  const body = JSON.stringify(payload);
  const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'check_run',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', world.secret).update(body).digest('hex')}`,
    },
    body,
  });
  if (!response.ok) throw new Error(`the webhook for ${owner}/${repo} was answered ${response.status}: ${await response.text()}`);
  const run = await world.db('runs').where({ repo_url: `${world.stub.url}/${owner}/${repo}` }).first('run_id');
  if (!run) throw new Error(`no run was queued for ${owner}/${repo}`);
  return run.run_id as string;
}

// A run is done when its row is terminal and its job has ended: the job reports on the pull request
// (check run, comment, fix pull request) after the row ends.
async function waitForTerminal(world: IngressWorld, runIds: string[]): Promise<Record<string, number>> {
  const deadline = Date.now() + ROUND_TIMEOUT_MS;
  for (;;) {
    const rows: Array<{ status: string }> = await world.db('runs').whereIn('run_id', runIds).select('status');
    const jobs = await Promise.all(runIds.map((id) => world.queue.getJobState(id)));
    if (rows.every((row) => TERMINAL.has(row.status)) && jobs.every((state) => state === 'completed' || state === 'failed')) {
      const statuses: Record<string, number> = {};
      for (const row of rows) statuses[row.status] = (statuses[row.status] ?? 0) + 1;
      return statuses;
    }
    if (Date.now() > deadline) throw new Error(`runs still not finished after ${ROUND_TIMEOUT_MS / 60_000} min: ${rows.map((r) => r.status).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// "5 passed, 1 failed".
function formatStatuses(statuses: Record<string, number>): string {
  return Object.entries(statuses)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
}
