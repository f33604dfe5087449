// The ingress load: signed check_run webhooks (a failed check on a fresh pull request head each time)
// posted by autocannon at a fixed rate to a webhook-only `rift serve`; then what reached PostgreSQL and
// the queue, and what the server's CPU paid per webhook. The signature is computed per request, as
// GitHub signs each delivery.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { loadAverage1m, processCpuMs } from './ingress-cpu.ts';
import { failedCheckRun } from './ingress-payloads.ts';
import { BENCH_INSTALLATION_ID, type IngressWorld } from './ingress-world.ts';

export const OWNER = 'bench-org';
export const REPO = 'ingress';
const SHA_SLOT = 'f'.repeat(40);
const PULL_SLOT = 987654321;

/**
 * How the requests arrive. `uniform`: spread evenly over each second, as independent deliveries from
 * GitHub arrive: `connections` autocannon instances of one connection each, started 1000/connections
 * ms apart, each sending its rate/connections requests of the second back to back at its own offset
 * (50 connections at 200/s: a connection starts every 20 ms and sends 4 requests one after the other).
 * `bursts`: autocannon's own `overallRate` over `connections` connections, whose one-second ticks all
 * coincide: each second's `rate` requests go out within its first ~150 ms, `connections` in flight,
 * then silence. A stress figure: it is not an arrival rate of `rate` per second.
 */
export type Arrivals = 'uniform' | 'bursts';

export interface LoadOptions {
  /** Requests per second, all connections together. */
  rate: number;
  /** Requests in the measured run. */
  amount: number;
  /** Connections (the `uniform` load: one autocannon instance each). */
  connections: number;
  /** Requests sent one by one before measuring (first token, JIT, pools). */
  warmup: number;
  arrivals: Arrivals;
  /** The server processes' pids: their CPU time during the measured run is reported per webhook. */
  serverPids?: number[];
}

export interface LoadFigures {
  arrivals: Arrivals;
  rate: number;
  /** Measured requests answered (2xx or not); the warm-up is not among them. */
  answered: number;
  answered2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSecs: number;
  /** Each measured response's time, as autocannon reports it (request written to response read). */
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  runsInDatabase: number;
  jobsInQueue: number;
  /** Answered 2xx (warm-up included) but no run in PostgreSQL: must be 0. */
  runsLost: number;
  /** Runs in PostgreSQL with no job in the queue: must be 0 (the reconciler would add them later). */
  runsWithoutJob: number;
  unknownGitHubCalls: number;
  /** GitHub API calls the server made per measured webhook (the stub's count). */
  gitHubCallsPerWebhook: number;
  /** Server CPU (user + system, all its processes) per measured webhook; null without /proc. */
  serverCpuMsPerWebhook: number | null;
  /** The load generator's own CPU (this process: autocannon, signing, the GitHub stub) per request. */
  driverCpuMsPerRequest: number | null;
  /** The machine's 1-minute load average before and after the measured run (it is shared). */
  loadAverage: { before: number | null; after: number | null };
}

/** A webhook for request `i`: its own commit and pull request, registered on the stub. */
function webhookMaker(world: IngressWorld) {
  const repo = world.stub.addRepo({ owner: OWNER, repo: REPO, files: { '.github/rift.yml': 'auto_heal: true\nteam: Bench Team\nleader: Bench Lead\n' } });
  const template = JSON.stringify(failedCheckRun({ owner: OWNER, repo: REPO, webUrl: world.stub.url, installationId: BENCH_INSTALLATION_ID, sha: SHA_SLOT, pullNumber: PULL_SLOT, headRef: 'feature' }));
  // Commits of this load only: a second load in the same world must not find the first one's runs.
  const salt = randomUUID();
  let next = 0;
  return () => {
    next += 1;
    const sha = createHash('sha1').update(`ingress-${salt}-${next}`).digest('hex');
    repo.pulls.push({ number: next, user: 'octocat', head: { ref: 'feature', sha }, base: { ref: 'main' } });
    const body = template.replaceAll(SHA_SLOT, sha).replaceAll(String(PULL_SLOT), String(next));
    const headers = {
      'content-type': 'application/json',
      'x-github-event': 'check_run',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', world.secret).update(body).digest('hex')}`,
    };
    return { body, headers };
  };
}

interface Measured {
  latencies: number[];
  answered2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSecs: number;
}

type NextWebhook = () => { body: string; headers: Record<string, string> };

/** Posts the load to the server on `port` and counts what it recorded (this load's rows only). */
export async function runIngressLoad(world: IngressWorld, port: number, opts: LoadOptions): Promise<LoadFigures> {
  const next = webhookMaker(world);
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  const runsBefore = await countRuns(world);
  const jobsBefore = await countJobs(world);
  let warm2xx = 0;
  for (let i = 0; i < opts.warmup; i += 1) {
    const { body, headers } = next();
    const response = await fetch(url, { method: 'POST', headers, body });
    await response.arrayBuffer();
    if (response.ok) warm2xx += 1;
  }
  const cpuBefore = totalCpuMs(opts.serverPids);
  const driverBefore = processCpuMs(process.pid);
  const callsBefore = world.stub.requests.length;
  const loadBefore = loadAverage1m();
  const run = opts.arrivals === 'uniform' ? await uniformLoad(url, next, opts) : await burstLoad(url, next, opts);
  const cpuAfter = totalCpuMs(opts.serverPids);
  const driverAfter = processCpuMs(process.pid);
  const loadAfter = loadAverage1m();
  const gitHubCalls = world.stub.requests.length - callsBefore;
  const answered = run.answered2xx + run.non2xx;
  const measured = Math.max(1, answered);
  const answered2xx = warm2xx + run.answered2xx;
  const runsInDatabase = (await countRuns(world)) - runsBefore;
  const jobsInQueue = (await countJobs(world)) - jobsBefore;
  return {
    arrivals: opts.arrivals,
    rate: opts.rate,
    answered,
    answered2xx,
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
    durationSecs: run.durationSecs,
    latencyMs: percentiles(run.latencies),
    runsInDatabase,
    jobsInQueue,
    runsLost: Math.max(0, answered2xx - runsInDatabase),
    runsWithoutJob: Math.max(0, runsInDatabase - jobsInQueue),
    unknownGitHubCalls: world.stub.unknownRequests().length,
    gitHubCallsPerWebhook: round2(gitHubCalls / measured),
    serverCpuMsPerWebhook: cpuBefore === null || cpuAfter === null ? null : round2((cpuAfter - cpuBefore) / measured),
    driverCpuMsPerRequest: driverBefore === null || driverAfter === null ? null : round2((driverAfter - driverBefore) / measured),
    loadAverage: { before: loadBefore, after: loadAfter },
  };
}

// `connections` autocannon instances of one connection and rate/connections requests a second,
// started 1000/connections ms apart (see Arrivals).
async function uniformLoad(url: string, next: NextWebhook, opts: LoadOptions): Promise<Measured> {
  const slots = Math.max(1, Math.min(opts.connections, Math.round(opts.rate)));
  const latencies: number[] = [];
  const started = performance.now();
  const instances: Array<Promise<autocannon.Result>> = [];
  for (let slot = 0; slot < slots; slot += 1) {
    // Each slot starts at its own offset in the second, measured from the first slot's start.
    const wait = started + (slot * 1000) / slots - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const instance = autocannon({
      url,
      method: 'POST',
      connections: 1,
      overallRate: share(opts.rate, slots, slot),
      amount: share(opts.amount, slots, slot),
      timeout: 10,
      requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
    });
    onResponses(instance, latencies);
    instances.push(instance);
  }
  const results = await Promise.all(instances);
  return summed(results, latencies, (performance.now() - started) / 1000);
}

// Slot `i`'s share of `total` split over `slots` (the first ones take the remainder).
function share(total: number, slots: number, i: number): number {
  return Math.floor(total / slots) + (i < total % slots ? 1 : 0);
}

// autocannon's own rate limiting over `connections` connections (see Arrivals).
async function burstLoad(url: string, next: NextWebhook, opts: LoadOptions): Promise<Measured> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections: opts.connections,
    overallRate: opts.rate,
    amount: opts.amount,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  onResponses(instance, latencies);
  const result = await instance;
  return summed([result], latencies, result.duration);
}

// Each response's time as autocannon measured it. autocannon's own percentiles add made-up samples
// for requests slower than the expected interval (coordinated omission), so they are not used.
function onResponses(instance: autocannon.Instance | Promise<autocannon.Result>, latencies: number[]): void {
  (instance as unknown as autocannon.Instance).on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
}

function summed(results: autocannon.Result[], latencies: number[], durationSecs: number): Measured {
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    latencies,
    answered2xx: sum((r) => r['2xx']),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    durationSecs,
  };
}

// Nearest-rank percentiles of the measured response times, in ms with one decimal.
function percentiles(latencies: number[]): LoadFigures['latencyMs'] {
  if (latencies.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}

async function countRuns(world: IngressWorld): Promise<number> {
  return Number((await world.db('runs').count<{ count: string }[]>({ count: '*' }))[0].count);
}

async function countJobs(world: IngressWorld): Promise<number> {
  const counts = await world.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'completed', 'failed');
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

// The CPU milliseconds of all the processes together; null when one cannot be read.
function totalCpuMs(pids: number[] | undefined): number | null {
  if (!pids?.length) return null;
  let total = 0;
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
