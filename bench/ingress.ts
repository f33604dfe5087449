// `npm run bench`'s ingress section. The app runs as a child `rift serve --no-worker` (the real binary
// and start-up; a process of its own so autocannon and the GitHub stub, here, do not share its event
// loop; no worker, so only the queue fills) against a scratch PostgreSQL database, Redis under a
// prefix of its own and the GitHub stub. Targets: p99 < 50 ms at 200 requests/s arriving evenly, no
// run lost; the same server under autocannon's own rate limiting (bursts, see ingress-load.ts
// Arrivals) is measured too, for the record. Then the scaling part (ingress-scaling.ts): one worker process against two on a queue of repositories.
import type { Target } from './summary.ts';
import { runIngressLoad, type Arrivals, type LoadFigures } from './ingress-load.ts';
import { runScaling, type ScalingFigures } from './ingress-scaling.ts';
import { openIngressWorld } from './ingress-world.ts';

export const P99_TARGET_MS = 50;
export const LOAD = { rate: 200, amount: 2000, connections: 50, warmup: 20 };
/** The target is judged on uniform arrivals; autocannon's bursts are measured too, as a stress figure. */
export const ARRIVALS: Arrivals[] = ['uniform', 'bursts'];
export const SPEEDUP_TARGET = 1.7;

export interface IngressSection {
  /** 200 webhooks a second spread evenly over the second (uniform arrivals): the targets are judged on it. */
  load: LoadFigures;
  /** The same server under autocannon's overallRate bursts (ingress-load.ts Arrivals): informative. */
  bursts: LoadFigures;
  scaling: ScalingFigures | { skipped: string };
  targets: Target[];
}

/** Runs the load, then the scaling part, each in a world of its own. */
export async function runIngressSection(log: (line: string) => void = console.log): Promise<IngressSection> {
  const [load, bursts] = await measureLoad(log);
  const scaling = await runScaling(log).catch((error: unknown) => ({ skipped: (error as Error).message }));
  return { load, bursts, scaling, targets: ingressTargets(load, scaling) };
}

/** Each load of ARRIVALS, in turn, against one webhook-only server of a world of its own, torn down whatever happens. */
export async function measureLoad(log: (line: string) => void, arrivals: Arrivals[] = ARRIVALS): Promise<LoadFigures[]> {
  const world = await openIngressWorld();
  try {
    const serve = world.spawn(['serve', '--no-worker']);
    const port = await serve.listening(60_000);
    const figures: LoadFigures[] = [];
    for (const mode of arrivals) {
      log(`ingress: rift serve --no-worker on port ${port}; ${LOAD.amount} signed check_run webhooks at ${LOAD.rate}/s, ${mode} arrivals`);
      const load = await runIngressLoad(world, port, { ...LOAD, arrivals: mode, serverPids: serve.child.pid === undefined ? [] : [serve.child.pid] });
      log(formatLoad(load));
      figures.push(load);
    }
    return figures;
  } finally {
    await world.close();
  }
}

/** The figures as printed lines. */
export function formatLoad(f: LoadFigures): string {
  return [
    `  ${f.answered} answered in ${f.durationSecs.toFixed(1)} s (${(f.answered / f.durationSecs).toFixed(0)}/s of ${f.rate}/s asked, ${f.arrivals}): 2xx ${f.answered2xx} (warm-up included), non-2xx ${f.non2xx}, errors ${f.errors}, timeouts ${f.timeouts}`,
    `  latency p50 ${f.latencyMs.p50} ms, p90 ${f.latencyMs.p90} ms, p99 ${f.latencyMs.p99} ms, max ${f.latencyMs.max} ms`,
    `  runs in PostgreSQL ${f.runsInDatabase}, jobs in the queue ${f.jobsInQueue}, runs lost ${f.runsLost}, runs without a job ${f.runsWithoutJob}, unknown GitHub calls ${f.unknownGitHubCalls}`,
    `  server CPU ${f.serverCpuMsPerWebhook ?? '?'} ms per webhook (load generator ${f.driverCpuMsPerRequest ?? '?'} ms per request), GitHub calls ${f.gitHubCallsPerWebhook} per webhook, load average ${f.loadAverage.before ?? '?'} -> ${f.loadAverage.after ?? '?'}`,
  ].join('\n');
}

/** The section's targets, judged. */
export function ingressTargets(load: LoadFigures, scaling: ScalingFigures | { skipped: string }): Target[] {
  const failedRequests = load.non2xx + load.errors + load.timeouts;
  const targets: Target[] = [
    { name: `webhook p99 at ${load.rate} requests/s (${load.arrivals} arrivals)`, goal: `< ${P99_TARGET_MS} ms`, actual: `${load.latencyMs.p99} ms`, pass: load.latencyMs.p99 < P99_TARGET_MS },
    { name: 'webhooks refused or failed', goal: '0', actual: String(failedRequests), pass: failedRequests === 0 },
    {
      name: 'runs lost',
      goal: '0 (every 2xx has its run in PostgreSQL and its job in the queue)',
      actual: `${load.runsLost} lost, ${load.runsWithoutJob} without a job`,
      pass: load.runsLost === 0 && load.runsWithoutJob === 0 && load.answered2xx > 0,
    },
  ];
  if ('skipped' in scaling) {
    targets.push({ name: 'two workers vs one', goal: `>= ${SPEEDUP_TARGET}x`, actual: `not measured: ${scaling.skipped}`, pass: false });
  } else {
    targets.push({
      name: 'two workers vs one',
      goal: `>= ${SPEEDUP_TARGET}x`,
      actual: `${scaling.speedup.toFixed(2)}x (${(scaling.oneWorkerMs / 1000).toFixed(1)} s vs ${(scaling.twoWorkersMs / 1000).toFixed(1)} s for ${scaling.repos} repositories)`,
      pass: scaling.speedup >= SPEEDUP_TARGET,
    });
  }
  return targets;
}
