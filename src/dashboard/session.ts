// Sign-in sessions: `session:{id}` in Redis (JSON, expiring), named by a signed cookie, and the
// preHandler that turns the cookie into the request's viewer for /api/*.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { DashboardConfig } from './config.ts';
import { clearSessionCookie, SESSION_COOKIE } from './cookies.ts';
import { HttpError } from './http-error.ts';
import type { DashboardKeys } from './keys.ts';
import { openToken, sealingKey, sealToken } from './token-seal.ts';


/** What `session:{id}` holds. */
export interface SessionData {
  login: string;
  /** The GitHub user id. */
  id: number;
  /** The user's GitHub token (a GitHub App user-to-server token): access checks ask GitHub with it. Sealed in Redis. */
  token: string;
  createdAt: string;
  expiresAt: string;
}

/** The signed-in user of a request. */
export interface Viewer extends SessionData {
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by loadViewer: null when the request carries no live session. */
    viewer: Viewer | null;
  }
}

export interface SessionStore {
  /** Stores a new session expiring after ttlSecs; returns its id. */
  create(user: { login: string; id: number; token: string }, ttlSecs: number): Promise<Viewer>;
  /** The live session, or null when unknown, expired or unreadable. */
  read(sessionId: string): Promise<Viewer | null>;
  /** Removes the session and what was cached under it. */
  delete(sessionId: string): Promise<void>;
}

/** Sessions in Redis under the dashboard's keys; the GitHub token is stored sealed with `secret`'s key (token-seal.ts). */
export function createSessionStore(redis: Redis, keys: DashboardKeys, secret: string): SessionStore {
  const key = sealingKey(secret);
  return {
    async create(user, ttlSecs) {
      // 256 random bits: the cookie is signed too, but the id alone must not be guessable.
      const sessionId = randomBytes(32).toString('base64url');
      const now = Date.now();
      const data: SessionData = { ...user, createdAt: new Date(now).toISOString(), expiresAt: new Date(now + ttlSecs * 1000).toISOString() };
      await redis.set(keys.session(sessionId), JSON.stringify({ ...data, token: sealToken(key, data.token) }), 'EX', ttlSecs);
      return { sessionId, ...data };
    },
    async read(sessionId) {
      const text = await redis.get(keys.session(sessionId));
      if (!text) return null;
      const stored = parseSession(text);
      // Sealed under another secret (rotated), or changed: no session, the user signs in again.
      const token = stored ? openToken(key, stored.token) : null;
      return stored && token ? { sessionId, ...stored, token } : null;
    },
    async delete(sessionId) {
      const doomed = [keys.session(sessionId)];
      for await (const batch of redis.scanStream({ match: keys.repoAccessPattern(sessionId), count: 100 })) doomed.push(...(batch as string[]));
      await redis.del(...doomed);
    },
  };
}

// A value written by another version, or by hand, is no session.
function parseSession(text: string): SessionData | null {
  try {
    const data = JSON.parse(text) as Partial<SessionData>;
    if (typeof data.login !== 'string' || typeof data.id !== 'number' || typeof data.token !== 'string') return null;
    return data as SessionData;
  } catch {
    return null;
  }
}

/** The session id of the request's signed cookie; null when absent or tampered with. */
export function sessionIdOf(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

/** A preHandler setting request.viewer from the session cookie (null without a live session). */
export function loadViewer(store: SessionStore) {
  return async (request: FastifyRequest): Promise<void> => {
    const sessionId = sessionIdOf(request);
    request.viewer = sessionId ? await store.read(sessionId) : null;
  };
}

/** A preHandler answering 401 unless loadViewer found a live session; a dead cookie is cleared. */
export function requireViewer(config: DashboardConfig) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.viewer) return;
    if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply, config);
    throw new HttpError(401, 'not signed in, or the session has expired: sign in at /login');
  };
}
