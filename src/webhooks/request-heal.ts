// Turns a trigger into exactly one run per commit (DESIGN.md sections 3 and 4): a short Redis lock keeps
// a burst of deliveries for one commit off the database, PostgreSQL decides (an advisory lock per
// fingerprint, the active run returned instead of a second, in one round trip), and only then is the
// job enqueued.
// PostgreSQL is written first: a Redis failure after it loses nothing, the reconciler re-enqueues.
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { fixBranchName } from '../heal/branch-name.ts';
import { enqueueRun, type RunJobData } from '../queue/index.ts';
import { claimRun, getRun, isTerminalStatus } from '../store/index.ts';
import { fingerprintOf } from '../heal/fingerprint.ts';
import { triggerStep, type HealTrigger } from './trigger.ts';
import { REDIS_STEP_TIMEOUT_MS, withTimeout } from './with-timeout.ts';

export interface RequestHealDeps {
  db: Knex;
  redis: Redis;
  queue: Queue<RunJobData>;
  logger: Logger;
}

export interface HealRequestResult {
  runId: string;
  /** false: a run of the same commit was already queued or running, and that is its id. */
  created: boolean;
}

/** Seconds the claim lock lives: long enough for one transaction, short enough to outlive a crash. */
export const CLAIM_LOCK_TTL_SECS = 30;
/** Seconds `run:fingerprint:{fp}` lives (DESIGN.md section 4); the job deletes it when the run ends. */
export const ACTIVE_RUN_TTL_SECS = 7200;

export const claimLockKey = (fingerprint: string): string => `lock:fingerprint:${fingerprint}`;
export const activeRunKey = (fingerprint: string): string => `run:fingerprint:${fingerprint}`;

// Deletes the lock only while it still holds our nonce: after expiry it may be another claimer's.
const RELEASE_LOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Records a run for the trigger's commit, or returns the one already active. The team and leader must
 * name a branch (fixBranchName throws BadInputError otherwise, before anything is written).
 */
export async function requestHeal(deps: RequestHealDeps, trigger: HealTrigger): Promise<HealRequestResult> {
  const branch = fixBranchName(trigger.team, trigger.leader);
  const fingerprint = fingerprintOf(trigger.repoHtmlUrl, trigger.headSha);
  const log = deps.logger.child({ fingerprint, repo: `${trigger.owner}/${trigger.repo}`, pull: trigger.pullNumber });
  const nonce = randomUUID();
  const redis = redisSteps(deps.redis, log);

  // 'OK': ours; null: another delivery holds it; undefined: Redis is unavailable.
  const locked = await redis.run('claim lock', (r) => r.set(claimLockKey(fingerprint), nonce, 'EX', CLAIM_LOCK_TTL_SECS, 'NX'));
  let released = locked !== 'OK';
  try {
    if (locked === null) {
      // Another delivery of the same commit is claiming: its run may be known already.
      const known = await activeRunFromRedis(deps.db, redis, fingerprint);
      if (known) return { runId: known, created: false };
    }
    const claimed = await claimRunWithTrigger(deps.db, { fingerprint, branch, trigger });
    if (!claimed.created) return claimed;
    // The job and, at the same time, the run's name with the lock's release (one pipeline): a
    // delivery that finds the lock before the name is there asks PostgreSQL, which returns this run.
    const enqueued = withTimeout(enqueueRun(deps.queue, claimed.runId), REDIS_STEP_TIMEOUT_MS, 'enqueue the run').catch((err: unknown) => {
      log.warn({ err, runId: claimed.runId }, 'enqueue failed; the run stays queued for the reconciler');
    });
    const named = redis.run('active run key', (r) => {
      const batch = r.pipeline().set(activeRunKey(fingerprint), claimed.runId, 'EX', ACTIVE_RUN_TTL_SECS);
      if (!released) batch.eval(RELEASE_LOCK, 1, claimLockKey(fingerprint), nonce);
      return batch.exec();
    });
    released = true;
    await Promise.all([enqueued, named]);
    return claimed;
  } finally {
    if (!released) await redis.run('release claim lock', (r) => r.eval(RELEASE_LOCK, 1, claimLockKey(fingerprint), nonce));
  }
}

interface Claim {
  fingerprint: string;
  branch: string;
  trigger: HealTrigger;
}

// claimRun with the trigger as the run's step 0, written with it: no run ever exists without its trigger.
async function claimRunWithTrigger(db: Knex, claim: Claim): Promise<HealRequestResult> {
  return claimRun(
    db,
    {
      fingerprint: claim.fingerprint,
      repo_url: claim.trigger.repoHtmlUrl,
      team_name: claim.trigger.team,
      leader_name: claim.trigger.leader,
      branch_name: claim.branch,
      status: 'queued',
      start_time: new Date(),
    },
    triggerStep(claim.trigger),
  );
}

// The run `run:fingerprint:{fp}` names, if PostgreSQL agrees it is still active (the key can outlive it).
async function activeRunFromRedis(db: Knex, redis: RedisSteps, fingerprint: string): Promise<string | null> {
  const runId = await redis.run('active run lookup', (r) => r.get(activeRunKey(fingerprint)));
  if (!runId) return null;
  const run = await getRun(db, runId);
  return run && !isTerminalStatus(run.status) ? run.run_id : null;
}

interface RedisSteps {
  /** The step's value, or undefined when Redis failed (now or in an earlier step of this request). */
  run<T>(step: string, call: (redis: Redis) => Promise<T>): Promise<T | undefined>;
}

// Redis is an optimisation here: when it fails or hangs, PostgreSQL alone still decides, and the
// request stops asking it so an outage costs one timeout, not one per step.
function redisSteps(redis: Redis, log: Logger): RedisSteps {
  let down = false;
  return {
    async run(step, call) {
      if (down) return undefined;
      try {
        return await withTimeout(call(redis), REDIS_STEP_TIMEOUT_MS, `Redis ${step}`);
      } catch (err) {
        down = true;
        log.warn({ err, step }, 'redis step failed; continuing without redis');
        return undefined;
      }
    },
  };
}
