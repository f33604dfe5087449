// The ingress load: signed check_run webhooks (a failed check on a fresh pull request head each time)
// posted by autocannon at a fixed rate to a webhook-only `rift serve`; then what reached PostgreSQL and
// the queue. The signature is computed per request, as GitHub signs each delivery.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { loadAverage1m, processCpuMs } from './ingress-cpu.ts';
import { failedCheckRun } from './ingress-payloads.ts';
import { BENCH_INSTALLATION_ID, type IngressWorld } from './ingress-world.ts';

export const OWNER = 'bench-org';
export const REPO = 'ingress';
const SHA_SLOT = 'f'.repeat(40);
const PULL_SLOT = 987654321;

export interface LoadOptions {
  /** Requests per second, all connections together. */
  rate: number;
  /** Requests in the measured run. */
  amount: number;
  connections: number;
  /** Requests sent one by one before measuring (first token, JIT, pools). */
  warmup: number;
  /** The server processes' pids: their CPU time during the measured run is reported per webhook. */
  serverPids?: number[];
}

export interface LoadFigures {
  rate: number;
  sent: number;
  answered2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSecs: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  runsInDatabase: number;
  jobsInQueue: number;
  /** Answered 2xx but no run in PostgreSQL: must be 0. */
  runsLost: number;
  /** Runs in PostgreSQL with no job in the queue: must be 0 (the reconciler would add them later). */
  runsWithoutJob: number;
  unknownGitHubCalls: number;
  /** GitHub API calls the server made per measured webhook (the stub's count). */
  gitHubCallsPerWebhook: number;
  /** Server CPU (user + system, all its processes) per measured webhook; null without /proc. */
  serverCpuMsPerWebhook: number | null;
  /** The machine's 1-minute load average before and after the measured run (it is shared). */
  loadAverage: { before: number | null; after: number | null };
}

/** A webhook for request `i`: its own commit and pull request, registered on the stub. */
function webhookMaker(world: IngressWorld) {
  const repo = world.stub.addRepo({ owner: OWNER, repo: REPO, files: { '.github/rift.yml': 'auto_heal: true\nteam: Bench Team\nleader: Bench Lead\n' } });
  const template = JSON.stringify(failedCheckRun({ owner: OWNER, repo: REPO, webUrl: world.stub.url, installationId: BENCH_INSTALLATION_ID, sha: SHA_SLOT, pullNumber: PULL_SLOT, headRef: 'feature' }));
  let next = 0;
  return () => {
    next += 1;
    const sha = createHash('sha1').update(`ingress-${next}`).digest('hex');
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

/** Posts the load to the server on `port` and counts what it recorded. */
export async function runIngressLoad(world: IngressWorld, port: number, opts: LoadOptions): Promise<LoadFigures> {
  const next = webhookMaker(world);
  const url = `http://127.0.0.1:${port}/api/github/webhooks`;
  let warm2xx = 0;
  for (let i = 0; i < opts.warmup; i += 1) {
    const { body, headers } = next();
    const response = await fetch(url, { method: 'POST', headers, body });
    await response.arrayBuffer();
    if (response.ok) warm2xx += 1;
  }
  const cpuBefore = totalCpuMs(opts.serverPids);
  const callsBefore = world.stub.requests.length;
  const loadBefore = loadAverage1m();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: opts.connections,
    overallRate: opts.rate,
    amount: opts.amount,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  const cpuAfter = totalCpuMs(opts.serverPids);
  const loadAfter = loadAverage1m();
  const gitHubCalls = world.stub.requests.length - callsBefore;
  const answered2xx = warm2xx + result['2xx'];
  const measured = Math.max(1, result['2xx'] + result.non2xx);
  const runsInDatabase = Number((await world.db('runs').count<{ count: string }[]>({ count: '*' }))[0].count);
  const counts = await world.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'completed', 'failed');
  const jobsInQueue = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    rate: opts.rate,
    sent: result.requests.sent,
    answered2xx,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSecs: result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    runsInDatabase,
    jobsInQueue,
    runsLost: Math.max(0, answered2xx - runsInDatabase),
    runsWithoutJob: Math.max(0, runsInDatabase - jobsInQueue),
    unknownGitHubCalls: world.stub.unknownRequests().length,
    gitHubCallsPerWebhook: round2(gitHubCalls / measured),
    serverCpuMsPerWebhook: cpuBefore === null || cpuAfter === null ? null : round2((cpuAfter - cpuBefore) / measured),
    loadAverage: { before: loadBefore, after: loadAfter },
  };
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
