// The pages: GET / (the runs), /runs/:id (one run), /runs/:id/replay (its steps), /start (start a run) as HTML, and their
// scripts and stylesheet under /static/. The pages hold no data: their scripts ask the JSON API, which
// does the sign-in and access checks, so the HTML itself is public.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../http-error.ts';
import type { PageFile } from '../page-files.ts';

// Scripts and styles from this origin only: no inline code, nothing from elsewhere, no framing.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/runs/:id': 'run.html',
  '/runs/:id/replay': 'replay.html',
  '/start': 'start.html',
};

/** Registers the page routes and /static/:file over the files loadPageFiles read. */
export function pageRoutes(files: ReadonlyMap<string, PageFile>) {
  return async (app: FastifyInstance): Promise<void> => {
    for (const [url, name] of Object.entries(PAGES)) {
      const page = files.get(name);
      if (!page) throw new Error(`the dashboard page ${name} is missing from src/dashboard/pages`);
      app.get(url, async (_request, reply) => {
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('referrer-policy', 'same-origin');
        return send(reply, page);
      });
    }

    app.get('/static/:file', async (request, reply) => {
      const { file } = request.params as { file: string };
      const found = file.endsWith('.html') ? undefined : files.get(file);
      if (!found) throw new HttpError(404, 'not found');
      return send(reply, found);
    });
  };
}

// Revalidated on every load: a new version of RIFT must never meet an old script in the cache.
function send(reply: FastifyReply, file: PageFile): FastifyReply {
  return reply.type(file.contentType).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff').send(file.body);
}
