// Sign-in with GitHub (the App's OAuth web flow) and sign-out:
//   GET /login          -> GitHub's authorize URL, with a random state kept in a short-lived signed cookie
//   GET /auth/callback  -> state checked, code exchanged, user read, `session:{id}` created, cookie set
//   POST /logout        -> CSRF-checked; the session and its cache are deleted
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { DashboardContext } from '../context.ts';
import { clearSessionCookie, SESSION_COOKIE, sessionCookieOptions, STATE_COOKIE, stateCookieOptions } from '../cookies.ts';
import { authorizeUrl, completeSignIn } from '../github-oauth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { sessionIdOf } from '../session.ts';

const callbackQuery = z.union([
  z.object({ error: z.string(), error_description: z.string().optional() }),
  z.object({ code: z.string().min(1, 'missing'), state: z.string().min(1, 'missing') }),
]);

/** Registers /login, /auth/callback and /logout. */
export function authRoutes(ctx: DashboardContext) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/login', async (_request, reply) => {
      const state = randomBytes(24).toString('base64url');
      reply.setCookie(STATE_COOKIE, state, stateCookieOptions(ctx.config));
      return reply.redirect(authorizeUrl(ctx.config, state), 302);
    });

    app.get('/auth/callback', async (request, reply) => {
      const expected = stateOf(request);
      // Single use, whatever happens next.
      const { maxAge: _unused, ...stateFlags } = stateCookieOptions(ctx.config);
      reply.clearCookie(STATE_COOKIE, stateFlags);
      const query = parseInput(callbackQuery, request.query);
      if ('error' in query) throw new HttpError(400, `GitHub did not sign you in (${query.error_description ?? query.error}): try again at /login`);
      if (!expected || !sameText(expected, query.state)) {
        throw new HttpError(400, 'the sign-in state does not match this browser’s (expired, or started elsewhere): sign in again at /login');
      }
      const user = await completeSignIn(ctx.config, query.code);
      // A session never outlives the GitHub token it holds.
      const ttl = Math.min(ctx.config.sessionTtlSecs, user.expiresInSecs ?? Number.POSITIVE_INFINITY);
      const session = await ctx.sessions.create({ login: user.login, id: user.id, token: user.token }, ttl);
      request.log.info({ login: user.login }, 'dashboard sign-in');
      reply.setCookie(SESSION_COOKIE, session.sessionId, sessionCookieOptions(ctx.config, ttl));
      return reply.redirect('/', 302);
    });

    app.post('/logout', { preHandler: app.csrfProtection }, async (request, reply) => {
      const sessionId = sessionIdOf(request);
      if (sessionId) await ctx.sessions.delete(sessionId);
      clearSessionCookie(reply, ctx.config);
      // 303: a form's POST becomes a GET of the start page.
      return reply.redirect('/', 303);
    });
  };
}

// The state this browser was given by /login, if its signature holds.
function stateOf(request: FastifyRequest): string | null {
  const raw = request.cookies[STATE_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
