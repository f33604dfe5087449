// The live view of a run: the trace events the engine pushes to the Redis list `events:{run_id}`
// (src/runtime/redis-state.ts) streamed as server-sent events, polled every pollMs, with a heartbeat,
// and an `end` event once the run's row is terminal. Closing the stream stops the polling.
import { PassThrough } from 'node:stream';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import type { Logger } from '../log.ts';
import { getRun, isTerminalStatus } from '../store/index.ts';
import { SSE_HEARTBEAT, SSE_RETRY_MS, sseMessage } from './sse-format.ts';

export interface LiveEventsOptions {
  /** Before `events:{run_id}`; '' wherever the runtime state writes (createRedisState has no prefix). */
  keyPrefix: string;
  /** How often the list and the run's status are read. */
  pollMs: number;
  /** How often an idle stream sends a comment. */
  heartbeatMs: number;
}

export const DEFAULT_LIVE_EVENTS: LiveEventsOptions = { keyPrefix: '', pollMs: 500, heartbeatMs: 15_000 };

export interface LiveEventsSource {
  redis: Redis;
  db: Knex;
  logger: Logger;
  options: LiveEventsOptions;
}

/** The list the runtime state pushes a run's trace events to. */
export function eventsKey(runId: string, keyPrefix = ''): string {
  return `${keyPrefix}events:${runId}`;
}

/** The run's events from index `from` on, as an event stream; it ends after `event: end`. */
export function streamRunEvents(source: LiveEventsSource, runId: string, from: number): PassThrough {
  const { redis, db, options } = source;
  const stream = new PassThrough();
  const open = () => !stream.destroyed && !stream.writableEnded;
  let wake: (() => void) | null = null;
  const heartbeat = setInterval(() => {
    if (open()) stream.write(SSE_HEARTBEAT);
  }, options.heartbeatMs);
  stream.once('close', () => {
    clearInterval(heartbeat);
    wake?.();
  });
  // First bytes at once: the browser sees the stream open without waiting for an event.
  stream.write(`retry: ${SSE_RETRY_MS}\n\n`);

  const pump = async (): Promise<void> => {
    let next = from;
    while (open()) {
      // The status first: a run terminal before the read has pushed every event the read returns.
      const run = await getRun(db, runId);
      const items = await redis.lrange(eventsKey(runId, options.keyPrefix), next, -1);
      for (const item of items) {
        if (!open()) return;
        stream.write(sseMessage({ id: next, data: item }));
        next += 1;
      }
      if (!run || isTerminalStatus(run.status)) {
        if (open()) stream.end(sseMessage({ event: 'end', data: JSON.stringify({ status: run?.status ?? null }) }));
        return;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  };
  pump().catch((err: unknown) => {
    // The browser reconnects with Last-Event-ID: nothing is lost by ending here.
    source.logger.warn({ err, runId }, 'live events stream failed');
    if (open()) stream.end();
  });
  return stream;
}
