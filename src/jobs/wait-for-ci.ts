// After RIFT pushes its fix branch, the repository's own CI on GitHub has the last word. This waits
// for it: polls the commit's CI runs until they appear and finish, and wakes early when the webhook
// publishes CI news for the commit on Redis (ciWakeChannel). Only the GitHub API is believed.
import type { Redis } from 'ioredis';
import { TransientError } from '../errors/index.ts';
import { listCiRuns, type CiRun } from '../github/ci-status.ts';
import type { GitHubClient } from '../github/octokit.ts';
import type { RemoteCiVerdict } from '../heal/remote.ts';
import { silentLogger, type Logger } from '../log.ts';
import { ciWakeChannel } from '../runtime/ci-wake.ts';

export interface WaitForCiOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  sha: string;
  branch: string;
  /** Optional Redis (a connection of its own is duplicated for SUBSCRIBE) to be woken by ciWakeChannel. */
  redis?: Redis;
  /** No CI run appears for the commit within this: the repository's CI does not run on the branch. */
  appearTimeoutMs: number;
  /** CI started but did not finish within this (counted from when it appeared). */
  finishTimeoutMs: number;
  pollMs: number;
  signal?: AbortSignal;
  /** RIFT's own app id: its check suites on the commit are not CI. */
  ownAppId?: number;
  /** Told about transient API errors and wake-ups; silent unless given. */
  logger?: Logger;
}

export const DEFAULT_CI_WAIT: Pick<WaitForCiOptions, 'appearTimeoutMs' | 'finishTimeoutMs' | 'pollMs'> = {
  appearTimeoutMs: 90_000,
  finishTimeoutMs: 30 * 60_000,
  pollMs: 15_000,
};

/** Waits for the commit's CI and says what it concluded; 'absent' when it never ran or never finished. */
export async function waitForCi(opts: WaitForCiOptions): Promise<RemoteCiVerdict> {
  const logger = (opts.logger ?? silentLogger).child({ repo: `${opts.owner}/${opts.repo}`, sha: opts.sha });
  opts.signal?.throwIfAborted();
  const channel = ciWakeChannel(`${opts.owner}/${opts.repo}`, opts.sha);
  const wake = subscribeToWake(opts.redis, channel, logger);
  try {
    return await pollUntilVerdict(opts, wake, logger);
  } finally {
    await wake.close();
  }
}

// 1. look  2. a verdict? done  3. past the deadline of the current phase? absent  4. sleep or be woken
async function pollUntilVerdict(opts: WaitForCiOptions, wake: Wake, logger: Logger): Promise<RemoteCiVerdict> {
  const { branch, appearTimeoutMs, finishTimeoutMs, pollMs, signal } = opts;
  const startedAt = Date.now();
  let appearedAt: number | undefined;
  let lastSeen: CiRun[] = [];
  for (;;) {
    const runs = await lookAtCi(opts, logger);
    if (runs && runs.length > 0) {
      appearedAt ??= Date.now();
      lastSeen = runs;
      const verdict = judgeCiRuns(runs, branch);
      if (verdict) return verdict;
    }
    const deadline = appearedAt === undefined ? startedAt + appearTimeoutMs : appearedAt + finishTimeoutMs;
    const now = Date.now();
    if (now >= deadline) {
      return appearedAt === undefined ? neverAppeared(branch, appearTimeoutMs) : neverFinished(branch, finishTimeoutMs, lastSeen);
    }
    // The last look lands on the deadline itself, so a run that ends just in time still counts.
    await wake.sleep(Math.min(pollMs, deadline - now), signal);
  }
}

// A transient failure (5xx, network, rate limit) costs one poll; anything else is not ours to hide.
async function lookAtCi(opts: WaitForCiOptions, logger: Logger): Promise<CiRun[] | undefined> {
  const { octokit, owner, repo, sha, ownAppId, signal } = opts;
  try {
    return await listCiRuns(octokit, { owner, repo, sha, signal, ...(ownAppId === undefined ? {} : { ownAppId }) });
  } catch (err) {
    signal?.throwIfAborted();
    if (!(err instanceof TransientError)) throw err;
    logger.warn({ err }, 'ci status unavailable; looking again at the next poll');
    return undefined;
  }
}

function neverAppeared(branch: string, appearTimeoutMs: number): RemoteCiVerdict {
  return {
    kind: 'absent',
    detail: `the repository's CI did not run on ${branch} within ${seconds(appearTimeoutMs)} s; the local checks are the verdict`,
  };
}

function neverFinished(branch: string, finishTimeoutMs: number, runs: CiRun[]): RemoteCiVerdict {
  const running = runs.filter((run) => run.status !== 'completed').map((run) => run.name);
  return {
    kind: 'absent',
    detail:
      `the repository's CI on ${branch} timed out: still running after ${seconds(finishTimeoutMs)} s ` +
      `(${running.join(', ')}); the local checks are the verdict`,
  };
}

// Whole seconds in production; tests wait milliseconds, shown with up to three decimals.
function seconds(ms: number): string {
  return String(Math.round(ms) / 1000);
}

const PASSING = new Set(['success', 'neutral', 'skipped']);

/**
 * The verdict the runs already allow, or undefined while it depends on runs still going.
 * Failed as soon as one finished run did not pass (failure, timed_out, cancelled, action_required,
 * startup_failure, stale): its conclusion stands whatever the others do. Passed once all passed.
 */
export function judgeCiRuns(runs: readonly CiRun[], branch: string): RemoteCiVerdict | undefined {
  const finished = runs.filter((run) => run.status === 'completed');
  const failing = finished.filter((run) => !PASSING.has(run.conclusion ?? ''));
  if (failing.length > 0) {
    const failingRun = failing.find((run) => run.source === 'actions');
    const listed = failing.map((run) => `${run.name} (${run.conclusion ?? 'no conclusion'}${run.htmlUrl ? `, ${run.htmlUrl}` : ''})`);
    return {
      kind: 'failed',
      githubRunId: (failingRun ?? firstWorkflowRun(runs))?.id ?? null,
      detail: `the repository's CI failed on ${branch}: ${listed.join('; ')}`,
    };
  }
  if (finished.length < runs.length) return undefined;
  return {
    kind: 'passed',
    githubRunId: firstWorkflowRun(runs)?.id ?? null,
    detail: `the repository's CI passed on ${branch}: ${runs.map((run) => run.name).join(', ')}`,
  };
}

// Only a workflow run id is a GitHub run id; a check suite's id is not.
function firstWorkflowRun(runs: readonly CiRun[]): CiRun | undefined {
  return runs.find((run) => run.source === 'actions');
}

/** Sleeps that a message on the wake channel cuts short. */
interface Wake {
  /** Resolves after ms, at once if woken since the last sleep, or rejects when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Quits the subscriber connection, if any. */
  close(): Promise<void>;
}

// A connection in SUBSCRIBE mode can do nothing else, hence the duplicate. Subscribing is not awaited:
// the wake is an optimisation, and a Redis that is down must not hold the wait (polling still runs).
function subscribeToWake(redis: Redis | undefined, channel: string, logger: Logger): Wake {
  let woken = false;
  let wakeUp: (() => void) | undefined;
  const subscriber = redis?.duplicate();
  subscriber?.on('error', (err: Error) => logger.warn({ err }, 'ci wake subscriber error'));
  subscriber?.on('message', (received: string) => {
    if (received !== channel) return;
    logger.debug({ channel }, 'woken by ci news');
    if (wakeUp) wakeUp();
    else woken = true;
  });
  subscriber?.subscribe(channel).catch((err: unknown) => logger.warn({ err, channel }, 'ci wake subscribe failed; polling only'));
  return {
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          wakeUp = undefined;
        };
        const onAbort = (): void => {
          done();
          reject(signal?.reason);
        };
        const timer = setTimeout(() => (done(), resolve()), ms);
        wakeUp = () => (done(), resolve());
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    async close() {
      if (!subscriber) return;
      // QUIT needs a live connection; one still connecting or reconnecting is dropped instead.
      if (subscriber.status === 'ready') await subscriber.quit().catch(() => subscriber.disconnect());
      else subscriber.disconnect();
    },
  };
}
