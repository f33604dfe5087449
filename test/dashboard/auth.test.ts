// Sign-in with GitHub, against a real Redis and GitHub's OAuth wire format (nock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirectUri } from '../../src/dashboard/github-oauth.ts';
import { openToken, sealingKey } from '../../src/dashboard/token-seal.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { mockBadCode, mockTokenExchange, mockUser } from './github-wire.ts';
import { cookiePair, keysUnder, openDashboard, setCookie, type DashboardWorld } from './harness.ts';

let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let world: DashboardWorld;
let plainHttp: DashboardWorld;

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  world = await openDashboard(scratch.db);
  plainHttp = await openDashboard(scratch.db, { env: { RIFT_PUBLIC_URL: 'http://localhost:3000', RIFT_SESSION_TTL_SECS: '3600' } });
});

afterAll(async () => {
  await world?.close();
  await plainHttp?.close();
  await scratch?.cleanup();
});

/** GET /login: the authorize URL and the state cookie the browser now holds. */
async function startLogin(target: DashboardWorld) {
  const response = await target.app.inject({ method: 'GET', url: '/login' });
  const location = new URL(response.headers.location as string);
  return { response, location, stateCookie: setCookie(response, 'rift_oauth_state')! };
}

/** Walks the whole flow with GitHub mocked; returns the callback's answer. */
async function completeLogin(target: DashboardWorld, user: { login: string; id: number }, token: string) {
  const { location, stateCookie } = await startLogin(target);
  const code = `code-${user.id}`;
  mockTokenExchange({ clientId: target.config.clientId, clientSecret: target.config.clientSecret, code, redirectUri: redirectUri(target.config), token });
  mockUser(token, user);
  return target.app.inject({
    method: 'GET',
    url: `/auth/callback?code=${code}&state=${location.searchParams.get('state')}`,
    headers: { cookie: cookiePair(stateCookie) },
  });
}

async function sessionKeys(target: DashboardWorld): Promise<string[]> {
  return (await keysUnder(target.redis, target.prefix)).filter((key) => key.startsWith(`${target.prefix}session:`));
}

describe('sign-in with GitHub', () => {
  useStrictHttpMock();

  it('redirects /login to GitHub’s authorize URL with client_id, redirect_uri and a state kept in a signed cookie', async () => {
    const { response, location, stateCookie } = await startLogin(world);

    expect(response.statusCode).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe('https://github.com/login/oauth/authorize');
    expect(location.searchParams.get('client_id')).toBe('Iv23liTestClientId');
    expect(location.searchParams.get('redirect_uri')).toBe('https://rift.example.com/auth/callback');
    const state = location.searchParams.get('state')!;
    expect(state.length).toBeGreaterThanOrEqual(32);
    expect(world.app.unsignCookie(cookiePair(stateCookie).split('=')[1])).toMatchObject({ valid: true, value: state });
    expect(stateCookie).toMatch(/HttpOnly/);
    expect(stateCookie).toMatch(/Secure/);
  });

  it('gives every /login a new state', async () => {
    const first = await startLogin(world);
    const second = await startLogin(world);

    expect(first.location.searchParams.get('state')).not.toBe(second.location.searchParams.get('state'));
  });

  it('answers 400 to a callback whose state is not the browser’s, asks GitHub nothing and creates no session', async () => {
    const { stateCookie } = await startLogin(world);

    const response = await world.app.inject({ method: 'GET', url: '/auth/callback?code=abc&state=forged-state', headers: { cookie: cookiePair(stateCookie) } });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { message: expect.stringMatching(/state does not match/) } });
    expect(setCookie(response, 'rift_session')).toBeUndefined();
    expect(await sessionKeys(world)).toEqual([]);
  });

  it('answers 400 to a callback without the state cookie', async () => {
    const { location } = await startLogin(world);

    const response = await world.app.inject({ method: 'GET', url: `/auth/callback?code=abc&state=${location.searchParams.get('state')}` });

    expect(response.statusCode).toBe(400);
    expect(await sessionKeys(world)).toEqual([]);
  });

  it('creates an expiring session in Redis and a Secure, HttpOnly, SameSite=Lax signed cookie, then redirects home', async () => {
    const response = await completeLogin(world, { login: 'octocat', id: 583231 }, 'ghu_16C7e42F292c6912E7710c838347Ae178B4a');

    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    const cookie = setCookie(response, 'rift_session')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    const unsigned = world.app.unsignCookie(cookiePair(cookie).split('=')[1]);
    expect(unsigned.valid).toBe(true);
    const key = world.keys.session(unsigned.value!);
    const stored = (await world.redis.get(key))!;
    expect(JSON.parse(stored)).toMatchObject({ login: 'octocat', id: 583231, token: expect.stringMatching(/^v1\./), createdAt: expect.any(String) });
    // The token is sealed: Redis never holds one that works on GitHub.
    expect(stored).not.toContain('ghu_16C7e42F292c6912E7710c838347Ae178B4a');
    expect(openToken(sealingKey(world.config.sessionSecret), JSON.parse(stored).token)).toBe('ghu_16C7e42F292c6912E7710c838347Ae178B4a');
    const ttl = await world.redis.ttl(key);
    expect(ttl).toBeGreaterThan(28700);
    expect(ttl).toBeLessThanOrEqual(28800);
  });

  it('signs the session in with a cookie that works on /api/me', async () => {
    const response = await completeLogin(world, { login: 'hubot', id: 42 }, 'ghu_hubotTokenAAAAAAAAAAAAAAAAAAAAAAAAAA');

    const me = await world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: cookiePair(setCookie(response, 'rift_session')!) } });

    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ login: 'hubot', id: 42, csrfToken: expect.any(String) });
  });

  it('leaves Secure off and honours RIFT_SESSION_TTL_SECS when RIFT_PUBLIC_URL is plain http', async () => {
    const response = await completeLogin(plainHttp, { login: 'octocat', id: 583231 }, 'ghu_plainHttpTokenBBBBBBBBBBBBBBBBBBBBBB');

    const cookie = setCookie(response, 'rift_session')!;
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    const sessionId = plainHttp.app.unsignCookie(cookiePair(cookie).split('=')[1]).value!;
    const ttl = await plainHttp.redis.ttl(plainHttp.keys.session(sessionId));
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('answers 400 with a clear message when GitHub refuses the code, and creates no session', async () => {
    const { location, stateCookie } = await startLogin(plainHttp);
    mockBadCode('stale-code');
    const before = await sessionKeys(plainHttp);

    const response = await plainHttp.app.inject({
      method: 'GET',
      url: `/auth/callback?code=stale-code&state=${location.searchParams.get('state')}`,
      headers: { cookie: cookiePair(stateCookie) },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/GitHub refused the sign-in code/);
    expect(await sessionKeys(plainHttp)).toEqual(before);
  });

  it('answers 400 when the user declined on GitHub', async () => {
    const { location, stateCookie } = await startLogin(world);

    const response = await world.app.inject({
      method: 'GET',
      url: `/auth/callback?error=access_denied&error_description=The+user+has+denied+your+application+access.&state=${location.searchParams.get('state')}`,
      headers: { cookie: cookiePair(stateCookie) },
    });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/denied your application access/);
  });
});
