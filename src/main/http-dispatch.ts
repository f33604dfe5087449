// `rift serve`'s one request handler: the webhook path goes straight to Probot (decided on the raw
// path before anything else, so webhooks pay nothing for the rest), then GET /healthz, then the
// dashboard when it is mounted, else a JSON 404.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';

export interface HttpParts {
  /** WEBHOOK_PATH. */
  webhookPath: string;
  /** Probot's node middleware; calls `next` for requests it does not take. */
  webhooks: (req: IncomingMessage, res: ServerResponse, next: () => void) => unknown;
  /** Answers GET /healthz and returns true, else returns false. */
  health: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** The dashboard, ready; null when sign-in is not configured. */
  dashboard: FastifyInstance | null;
}

/** The node:http request listener of `rift serve`. */
export function createHttpHandler(parts: HttpParts): (req: IncomingMessage, res: ServerResponse) => void {
  const webhookPath = withoutTrailingSlashes(parts.webhookPath);
  const notFound = (res: ServerResponse) => res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
  return (req, res) => {
    if (pathOf(req.url) === webhookPath) {
      void parts.webhooks(req, res, () => notFound(res));
      return;
    }
    void (async () => {
      if (await parts.health(req, res)) return;
      if (parts.dashboard) parts.dashboard.routing(req, res);
      else notFound(res);
    })().catch(() => {
      // The health check's own failure: answered, never left hanging or thrown out of the server.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"internal error"}}');
    });
  };
}

// The path without query or trailing slashes (Probot's middleware ignores trailing slashes too); no URL parse.
function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.indexOf('?');
  return withoutTrailingSlashes(query === -1 ? raw : raw.slice(0, query));
}

function withoutTrailingSlashes(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
