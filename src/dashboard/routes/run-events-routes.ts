// GET /api/runs/:id/events: the run's trace events as server-sent events while it goes on (live-events.ts),
// behind the sign-in and access check of every /api route. Streams still open when the dashboard closes
// are ended, so shutdown never waits on a browser.
import type { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { streamRunEvents } from '../live-events.ts';
import type { DashboardContext } from '../context.ts';
import { parseLastEventId } from '../sse-format.ts';
import { visibleRunOf } from './run-lookup.ts';

/** Registers GET /runs/:id/events. */
export function runEventsRoutes(ctx: DashboardContext) {
  return async (api: FastifyInstance): Promise<void> => {
    const open = new Set<PassThrough>();
    api.addHook('preClose', async () => {
      for (const stream of open) stream.end();
    });

    // No HEAD twin: it would open a stream with nobody to read it.
    api.get('/runs/:id/events', { exposeHeadRoute: false }, async (request, reply) => {
      const { run } = await visibleRunOf(ctx, request.viewer!, request.params);
      const after = parseLastEventId(request.headers['last-event-id']);
      const stream = streamRunEvents({ redis: ctx.live.redis, db: ctx.db, logger: ctx.logger, options: ctx.live.options }, run.run_id, after === null ? 0 : after + 1);
      open.add(stream);
      stream.once('close', () => open.delete(stream));
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache, no-transform')
        // nginx would hold the events back in its buffer.
        .header('x-accel-buffering', 'no')
        .send(stream);
    });
  };
}
