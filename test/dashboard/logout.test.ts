// Sign-out: CSRF-protected (the token of GET /api/me, in a header or a form field); it deletes the
// session and what was cached under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { cookiePair, openDashboard, setCookie, signIn, type DashboardWorld } from './harness.ts';

let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let world: DashboardWorld;

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  world = await openDashboard(scratch.db);
});

afterAll(async () => {
  await world?.close();
  await scratch?.cleanup();
});

describe('POST /logout', () => {
  useStrictHttpMock();

  it('answers 403 without a CSRF token and keeps the session', async () => {
    const { viewer, cookie } = await signIn(world);
    const me = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    const csrfCookie = cookiePair(setCookie(me, 'rift_csrf')!);

    const response = await world.app.inject({ method: 'POST', url: '/logout', headers: { cookie: `${cookie}; ${csrfCookie}` } });

    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { message: expect.stringMatching(/CSRF token/) } });
    expect(await world.redis.exists(world.keys.session(viewer.sessionId))).toBe(1);
  });

  it('answers 403 to a token made for another browser', async () => {
    const { viewer, cookie } = await signIn(world);
    const other = await signIn(world);
    const othersMe = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other.cookie } });
    const mine = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

    const response = await world.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: `${cookie}; ${cookiePair(setCookie(mine, 'rift_csrf')!)}`, 'x-csrf-token': othersMe.json().csrfToken },
    });

    expect(response.statusCode).toBe(403);
    expect(await world.redis.exists(world.keys.session(viewer.sessionId))).toBe(1);
  });

  it('deletes the session and its cached repository access with the token of GET /api/me, then redirects home', async () => {
    const { viewer, cookie } = await signIn(world);
    const me = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    await world.redis.set(world.keys.repoAccess(viewer.sessionId, 'octo-org/alpha'), 'read', 'EX', 60);

    const response = await world.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: `${cookie}; ${cookiePair(setCookie(me, 'rift_csrf')!)}`, 'x-csrf-token': me.json().csrfToken },
    });

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(setCookie(response, 'rift_session')).toMatch(/^rift_session=;.*Max-Age=0/);
    expect(await world.redis.exists(world.keys.session(viewer.sessionId))).toBe(0);
    expect(await world.redis.exists(world.keys.repoAccess(viewer.sessionId, 'octo-org/alpha'))).toBe(0);
    const after = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('takes the token from a form field too', async () => {
    const { viewer, cookie } = await signIn(world);
    const me = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

    const response = await world.app.inject({
      method: 'POST',
      url: '/logout',
      headers: { cookie: `${cookie}; ${cookiePair(setCookie(me, 'rift_csrf')!)}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(me.json().csrfToken)}`,
    });

    expect(response.statusCode).toBe(303);
    expect(await world.redis.exists(world.keys.session(viewer.sessionId))).toBe(0);
  });
});
