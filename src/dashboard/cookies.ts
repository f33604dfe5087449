// The dashboard's cookies and their flags: all httpOnly and signed with RIFT_SESSION_SECRET, Secure when
// RIFT_PUBLIC_URL is https.
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { DashboardConfig } from './config.ts';

export const SESSION_COOKIE = 'rift_session';
export const STATE_COOKIE = 'rift_oauth_state';
export const CSRF_COOKIE = 'rift_csrf';
/** How long a sign-in may take on GitHub's side. */
export const STATE_COOKIE_SECS = 10 * 60;

/** The session cookie: Lax, so the redirect back from GitHub and links from elsewhere keep the user signed in. */
export function sessionCookieOptions(config: DashboardConfig, maxAgeSecs: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true, maxAge: maxAgeSecs };
}

/** Removes the session cookie, with the flags it was set with (browsers match on name, path and flags). */
export function clearSessionCookie(reply: FastifyReply, config: DashboardConfig): void {
  const { maxAge: _unused, ...flags } = sessionCookieOptions(config, 0);
  reply.clearCookie(SESSION_COOKIE, flags);
}

/** The OAuth state cookie: sent back only to /auth/callback; Lax, as the callback is a cross-site navigation. */
export function stateCookieOptions(config: DashboardConfig): CookieSerializeOptions {
  return { path: '/auth', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, signed: true, maxAge: STATE_COOKIE_SECS };
}

/** The CSRF secret's cookie: Strict, no other site ever needs it. */
export function csrfCookieOptions(config: DashboardConfig): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies, signed: true };
}
