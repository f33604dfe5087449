// A finished run lets go of its commit: `run:fingerprint:{fp}` is deleted so the next trigger for the
// commit starts a new run instead of being pointed at this one.
import type { Redis } from 'ioredis';
import { activeRunKey } from '../webhooks/request-heal.ts';

// Deletes the key only while it names this run: a newer run of the same commit keeps its own.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Deletes `run:fingerprint:{fp}` when it still points at `runId`. */
export async function releaseActiveRun(redis: Redis, fingerprint: string, runId: string): Promise<void> {
  await redis.eval(RELEASE, 1, activeRunKey(fingerprint), runId);
}
