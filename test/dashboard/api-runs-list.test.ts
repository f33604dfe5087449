// The read-only JSON API's sign-in and runs list: only runs of repositories the viewer can read (GitHub
// asked with the viewer's token, nock), filters and paging. Real PostgreSQL and Redis.
import { describe, expect, it } from 'vitest';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockRepo, READ_ONLY } from './github-wire.ts';
import { signIn } from './harness.ts';
import { useSeededDashboard } from './seeded-dashboard.ts';

const dash = useSeededDashboard();
const { get } = dash;

describe('the API without a live session', () => {
  useStrictHttpMock();

  it.each(['/api/me', '/api/runs', `/api/runs/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`])('answers 401 JSON to GET %s', async (url) => {
    const response = await get(url);

    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toEqual({ error: { message: expect.stringMatching(/sign in at \/login/) } });
  });

  it('answers 401 once the session has expired in Redis', async () => {
    const me = await signIn(dash.world);
    await dash.world.redis.pexpire(dash.world.keys.session(me.viewer.sessionId), 1);
    await new Promise((resolve) => setTimeout(resolve, 20));

    const response = await get('/api/me', me);

    expect(response.statusCode).toBe(401);
  });

  it('answers 401 to a session cookie whose signature is wrong', async () => {
    const me = await signIn(dash.world);

    const response = await dash.world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `rift_session=${me.viewer.sessionId}.forged` } });

    expect(response.statusCode).toBe(401);
  });
});

describe('GET /api/runs', () => {
  useStrictHttpMock();

  it('lists only the runs of repositories the viewer can read, newest first, asking GitHub once per repository', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);

    const first = await get('/api/runs', me);
    const again = await get('/api/runs', me);

    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.runs.map((run: { run_id: string }) => run.run_id)).toEqual([dash.runs.a3.run_id, dash.runs.a2.run_id, dash.runs.a1.run_id]);
    expect(body).toMatchObject({ total: 3, page: 1, per_page: 20, unchecked: [] });
    expect(body.runs[2]).toMatchObject({
      repository: 'octo-org/alpha',
      status: 'passed',
      branch_name: dash.runs.a1.branch_name,
      total_time_secs: 245.5,
      score: { base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 },
    });
    expect(body.runs[0]).toMatchObject({ status: 'running', score: null });
    expect(again.json()).toEqual(body);
  });

  it('leaves out, and names, a repository GitHub fails on, instead of failing the whole list', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    nock('https://api.github.com').get('/repos/octo-org/secret').reply(500, { message: 'Server Error' });

    const response = await get('/api/runs', me);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 3, unchecked: ['octo-org/secret'] });
    expect(response.json().runs.map((run: { repository: string }) => run.repository)).toEqual(['octo-org/alpha', 'octo-org/alpha', 'octo-org/alpha']);
  });

  it('caches each answer under the session, expiring within a few minutes', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);

    await get('/api/runs', me);

    expect(await dash.world.redis.get(dash.world.keys.repoAccess(me.viewer.sessionId, 'octo-org/alpha'))).toBe('read');
    expect(await dash.world.redis.get(dash.world.keys.repoAccess(me.viewer.sessionId, 'octo-org/secret'))).toBe('none');
    const ttl = await dash.world.redis.ttl(dash.world.keys.repoAccess(me.viewer.sessionId, 'octo-org/alpha'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
  });

  it('filters by status', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);

    const response = await get('/api/runs?status=failed', me);

    expect(response.json()).toMatchObject({ total: 1, runs: [{ run_id: dash.runs.a2.run_id, status: 'failed' }] });
  });

  it('filters by repository, asking GitHub about that one only', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/secret', READ_ONLY);

    const response = await get('/api/runs?repo=Octo-Org/Secret', me);

    expect(response.json().runs.map((run: { run_id: string }) => run.run_id)).toEqual([dash.runs.s2.run_id, dash.runs.s1.run_id]);
  });

  it('pages with a total', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    mockRepo(me.viewer.token, 'octo-org/secret', READ_ONLY);

    const page1 = (await get('/api/runs?per_page=2', me)).json();
    const page3 = (await get('/api/runs?per_page=2&page=3', me)).json();
    const page4 = (await get('/api/runs?per_page=2&page=4', me)).json();

    expect(page1.runs.map((run: { run_id: string }) => run.run_id)).toEqual([dash.runs.s2.run_id, dash.runs.s1.run_id]);
    expect(page3.runs.map((run: { run_id: string }) => run.run_id)).toEqual([dash.runs.a1.run_id]);
    expect(page4.runs).toEqual([]);
    expect([page1.total, page3.total, page4.total]).toEqual([5, 5, 5]);
    expect(page3).toMatchObject({ page: 3, per_page: 2 });
  });

  it.each([
    ['status=bogus', /status: must be one of queued, running, passed, failed, quarantined/],
    ['per_page=1000', /per_page: must be a whole number from 1 to 100/],
    ['page=0', /page: must be a whole number from 1/],
    ['page=two', /page: must be a whole number/],
    ['repo=not-a-repo', /repo: must be a repository as owner\/name/],
  ])('answers 400 to %s naming the parameter', async (query, message) => {
    const me = await signIn(dash.world);

    const response = await get(`/api/runs?${query}`, me);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { message: expect.stringMatching(message) } });
  });

  it('answers 401 and ends the session when GitHub no longer accepts the token', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', 401);

    const response = await get('/api/runs?repo=octo-org/alpha', me);

    expect(response.statusCode).toBe(401);
    expect(await dash.world.redis.exists(dash.world.keys.session(me.viewer.sessionId))).toBe(0);
  });
});

