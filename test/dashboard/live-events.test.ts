// GET /api/runs/:id/events through a real listener: the run's trace events from `events:{run_id}` (as
// the runtime state pushes them) in order with their indexes as ids, resumption after Last-Event-ID,
// heartbeats, `event: end` once the run is terminal, no polling once the browser leaves, and streams
// ended when the dashboard closes. Real PostgreSQL and Redis, GitHub's access check through nock.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventsKey } from '../../src/dashboard/live-events.ts';
import { createRedisState } from '../../src/runtime/redis-state.ts';
import type { RuntimeState } from '../../src/runtime/runtime-state.ts';
import { finishRun } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { makeRun } from '../store/factories.ts';
import { mockRepo, READ_ONLY } from './github-wire.ts';
import { openDashboard, signIn, type DashboardWorld, type SignedIn } from './harness.ts';
import { ALPHA, SECRET } from './seed-runs.ts';
import { openEventStream } from './sse-client.ts';

const POLL_MS = 40;
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let world: DashboardWorld;
let runtime: RuntimeState;
let base: string;
const runIds: string[] = [];

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  world = await openDashboard(scratch.db, { liveEvents: { pollMs: POLL_MS, heartbeatMs: 150 } });
  await world.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(world.app.server.address() as AddressInfo).port}`;
  runtime = createRedisState(world.redis);
});

afterAll(async () => {
  for (const runId of runIds) await world.redis.del(eventsKey(runId), `${eventsKey(runId)}:count`);
  await world?.close();
  await scratch?.cleanup();
});

/** A running run of octo-org/alpha (or the repository given). */
async function runningRun(repoUrl = ALPHA): Promise<string> {
  const run = await makeRun(scratch.db, { repo_url: repoUrl, status: 'running' });
  runIds.push(run.run_id);
  return run.run_id;
}

/** A trace event as the recorder pushes it. */
const step = (runId: string, stepIndex: number, label: string) => ({ runId, stepIndex, node: 'fix', action: 'propose_patch', label, at: new Date().toISOString() });

const terminal = (runId: string) =>
  finishRun(scratch.db, runId, {
    status: 'passed',
    end_time: new Date(),
    total_time_secs: 12,
    base_score: 100,
    speed_bonus: 10,
    efficiency_penalty: 0,
    final_score: 110,
    total_failures: 1,
    total_fixes: 1,
    total_commits: 1,
    total_iterations: 1,
  });

const open = (runId: string, me: SignedIn, headers: Record<string, string> = {}) => openEventStream(`${base}/api/runs/${runId}/events`, { cookie: me.cookie, ...headers });

describe('GET /api/runs/:id/events', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('streams the events pushed before and during the connection in order, then `end` once the run is terminal', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();
    await runtime.pushEvent(runId, step(runId, 0, 'clone'));
    await runtime.pushEvent(runId, step(runId, 1, 'detect checks'));

    const third = step(runId, 2, 'run checks');

    const stream = await open(runId, me);
    const early = await stream.events(2);
    await runtime.pushEvent(runId, third);
    const late = await stream.events(3);
    await terminal(runId);
    const all = await stream.events(4);
    await stream.ended;

    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect(early.map((event) => [event.id, JSON.parse(event.data).label])).toEqual([
      ['0', 'clone'],
      ['1', 'detect checks'],
    ]);
    expect(late[2]).toMatchObject({ id: '2', event: 'message' });
    expect(JSON.parse(late[2].data)).toEqual(third);
    expect(all[3]).toEqual({ event: 'end', data: '{"status":"passed"}' });
  });

  it('resumes after the Last-Event-ID the browser sends back', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();
    for (const [index, label] of ['clone', 'detect checks', 'run checks', 'propose patch'].entries()) await runtime.pushEvent(runId, step(runId, index, label));
    await terminal(runId);

    const stream = await open(runId, me, { 'last-event-id': '1' });
    const events = await stream.events(3);

    expect(events.map((event) => [event.id, event.event, event.id ? JSON.parse(event.data).label : event.data])).toEqual([
      ['2', 'message', 'run checks'],
      ['3', 'message', 'propose patch'],
      [undefined, 'end', '{"status":"passed"}'],
    ]);
  });

  it('ends at once for a run already over whose events have expired', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();
    await terminal(runId);

    const stream = await open(runId, me);
    const events = await stream.events(1);
    await stream.ended;

    expect(events).toEqual([{ event: 'end', data: '{"status":"passed"}' }]);
  });

  it('sends heartbeat comments while nothing happens', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();

    const stream = await open(runId, me);
    await vi.waitFor(() => expect(stream.comments).toContain('heartbeat'), { timeout: 3000, interval: 50 });
    stream.close();
  });

  it('stops reading Redis once the browser goes away', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();
    const reads = vi.spyOn(world.redis, 'lrange');
    const readsOfRun = () => reads.mock.calls.filter(([key]) => key === eventsKey(runId)).length;

    const stream = await open(runId, me);
    await vi.waitFor(() => expect(readsOfRun()).toBeGreaterThanOrEqual(3), { timeout: 3000, interval: 20 });
    stream.close();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 3));
    const afterClose = readsOfRun();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 6));

    expect(readsOfRun()).toBe(afterClose);
    reads.mockRestore();
  });

  it('answers 401 without a session and 404 for a run of a repository the viewer cannot read', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);
    const hidden = await runningRun(SECRET);

    const anonymous = await world.app.inject({ method: 'GET', url: `/api/runs/${hidden}/events` });
    const unreadable = await world.app.inject({ method: 'GET', url: `/api/runs/${hidden}/events`, headers: { cookie: me.cookie } });

    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toMatch(/not signed in/);
    expect(unreadable.statusCode).toBe(404);
    expect(unreadable.json()).toEqual({ error: { message: 'run not found' } });
  });

  it('has no HEAD twin that would open a stream nobody reads', async () => {
    const me = await signIn(world);
    const runId = await runningRun();

    const response = await world.app.inject({ method: 'HEAD', url: `/api/runs/${runId}/events`, headers: { cookie: me.cookie } });

    expect(response.statusCode).toBe(404);
  });

  it('answers 400 to a Last-Event-ID it never sent', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();

    const response = await world.app.inject({ method: 'GET', url: `/api/runs/${runId}/events`, headers: { cookie: me.cookie, 'last-event-id': 'abc' } });

    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^Last-Event-ID/);
  });
});

describe('closing the dashboard', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('ends the streams still open, so the server can stop', async () => {
    const other = await openDashboard(scratch.db, { liveEvents: { pollMs: POLL_MS, heartbeatMs: 10_000 } });
    await other.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (other.app.server.address() as AddressInfo).port;
    const me = await signIn(other);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const runId = await runningRun();
    const stream = await openEventStream(`http://127.0.0.1:${port}/api/runs/${runId}/events`, { cookie: me.cookie });

    await other.close();
    await stream.ended;

    expect(stream.status).toBe(200);
  });
});
