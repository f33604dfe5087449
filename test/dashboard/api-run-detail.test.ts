// One run through the JSON API: its score, fixes and CI events, its trace; 404 alike for unknown and
// unreadable runs, 400 for a malformed id. Real PostgreSQL and Redis, GitHub through nock.
import { describe, expect, it } from 'vitest';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockRepo, READ_ONLY } from './github-wire.ts';
import { signIn } from './harness.ts';
import { useSeededDashboard } from './seeded-dashboard.ts';

const dash = useSeededDashboard();
const { get } = dash;

describe('GET /api/runs/:id and its trace', () => {
  useStrictHttpMock();

  it('gives a readable run with its score, fixes and CI events in iteration order', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const response = await get(`/api/runs/${dash.runs.a1.run_id}`, me);

    expect(response.statusCode).toBe(200);
    const run = response.json();
    expect(run).toMatchObject({ run_id: dash.runs.a1.run_id, repository: 'octo-org/alpha', status: 'passed', total_fixes: 2, score: { total: 110 } });
    expect(run.fixes.map((fix: { line: string }) => fix.line)).toEqual([
      'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
      'SYNTAX error in src/app.py line 8 → Fix: add the missing colon',
    ]);
    expect(run.ci_events.map((event: { iteration: number; status: string }) => [event.iteration, event.status])).toEqual([
      [1, 'failed'],
      [2, 'passed'],
    ]);
  });

  it('answers the same 404 for a run of an unreadable repository as for an unknown id', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);

    const hidden = await get(`/api/runs/${dash.runs.s1.run_id}`, me);
    const unknown = await get('/api/runs/7d9f3c2e-1b4a-4c8e-9f00-123456789abc', me);

    expect(hidden.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(hidden.json()).toEqual({ error: { message: 'run not found' } });
    expect(unknown.json()).toEqual(hidden.json());
  });

  it('answers 404 for a CLI run of a local folder without asking GitHub', async () => {
    const me = await signIn(dash.world);

    const response = await get(`/api/runs/${dash.runs.local.run_id}`, me);

    expect(response.statusCode).toBe(404);
  });

  it.each(['not-a-uuid', '1234', `${'g'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`])('answers 400 to the id %s', async (id) => {
    const me = await signIn(dash.world);

    const response = await get(`/api/runs/${id}`, me);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { message: 'id: must be a run id (a UUID)' } });
  });

  it('gives the trace in step order', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const response = await get(`/api/runs/${dash.runs.a1.run_id}/trace`, me);

    expect(response.statusCode).toBe(200);
    expect(response.json().steps.map((step: { step_index: number; action_label: string }) => [step.step_index, step.action_label])).toEqual([
      [0, 'clone'],
      [1, 'detect checks'],
      [2, 'run checks'],
    ]);
    expect(response.json().steps[1].payload).toEqual({ label: 'detect checks' });
  });

  it('answers 404 for the trace of a run the viewer cannot read', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', 404);

    const response = await get(`/api/runs/${dash.runs.a1.run_id}/trace`, me);

    expect(response.statusCode).toBe(404);
  });
});
