// GET /healthz: "ok" when PostgreSQL and Redis both answer, 503 naming the one that does not.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';

export const HEALTH_PATH = '/healthz';
const PROBE_TIMEOUT_MS = 2000;

export interface HealthDeps {
  db: Knex;
  redis: Redis;
}

/** A request handler: answers GET /healthz and returns true, or returns false for any other request. */
export function healthHandler(deps: HealthDeps): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://rift').pathname !== HEALTH_PATH) return false;
    const [postgres, redis] = await Promise.all([
      probe(() => deps.db.raw('select 1')),
      probe(() => deps.redis.ping()),
    ]);
    const healthy = postgres === 'ok' && redis === 'ok';
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', postgres, redis }));
    return true;
  };
}

// A store that hangs is as down as one that refuses.
async function probe(check: () => Promise<unknown>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${PROBE_TIMEOUT_MS} ms`), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then(() => 'ok'), timeout]);
  } catch (err) {
    return (err as Error).message;
  } finally {
    clearTimeout(timer);
  }
}
