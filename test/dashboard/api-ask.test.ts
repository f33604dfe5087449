// POST /api/runs/:id/ask through the dashboard: sign-in and CSRF like every write, 404 alike for an
// unreadable run, 400 for an empty question, and an answer from the run's own steps citing them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendTrace, listFixes, listTraces } from '../../src/store/index.ts';
import { readLlmConfig } from '../../src/llm/index.ts';
import { answerInOrder, LLM_HOST, type ChatBody } from '../heal/fix/llm/openai-wire.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockRepo, READ_ONLY } from './github-wire.ts';
import { cookiePair, openDashboard, setCookie, signIn, type DashboardWorld, type SignedIn } from './harness.ts';
import { useSeededDashboard } from './seeded-dashboard.ts';

const dash = useSeededDashboard({
  // a1's fix at src/utils.py line 15, proposed and verified as the pipeline records it.
  seed: async (db, runs) => {
    const fix = (await listFixes(db, runs.a1.run_id)).find((f) => f.file_path === 'src/utils.py')!;
    await appendTrace(db, { run_id: runs.a1.run_id, agent_node: 'fix', action_type: 'propose_patch', action_label: 'LINTING error in src/utils.py line 15 → Fix: remove the import statement', thought_text: 'json is imported and never used', related_fix_id: fix.fix_id });
    await appendTrace(db, { run_id: runs.a1.run_id, agent_node: 'verify', action_type: 'patch_verified', action_label: 'kept: LINTING error in src/utils.py line 15', thought_text: 'flake8 no longer reports F401', related_fix_id: fix.fix_id });
  },
});

// A browser of `who`: its CSRF cookie and token, as GET /api/me hands them out.
async function browserOf(who: SignedIn): Promise<{ cookie: string; token: string }> {
  const me = await dash.world.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: who.cookie } });
  return { cookie: `${who.cookie}; ${cookiePair(setCookie(me, 'rift_csrf')!)}`, token: me.json().csrfToken };
}

const ask = (runId: string, question: unknown, browser: { cookie: string; token?: string }) =>
  dash.world.app.inject({
    method: 'POST',
    url: `/api/runs/${runId}/ask`,
    headers: { cookie: browser.cookie, ...(browser.token ? { 'x-csrf-token': browser.token } : {}) },
    payload: { question },
  });

describe('POST /api/runs/:id/ask', () => {
  useStrictHttpMock();

  it('answers from the run\'s own steps and cites them', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const response = await ask(dash.runs.a1.run_id, 'Why did you change line 15 of src/utils.py?', await browserOf(me));

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mode).toBe('retrieval');
    expect(body.answer).toMatch(/remove the import statement/);
    expect(body.citations.map((c: { action: string }) => c.action)).toEqual(expect.arrayContaining(['propose_patch']));
  });

  it('refuses a question without the CSRF token', async () => {
    const me = await signIn(dash.world);

    const response = await ask(dash.runs.a1.run_id, 'what failed?', { cookie: (await browserOf(me)).cookie });

    expect(response.statusCode).toBe(403);
  });

  it('answers 404 for a run of a repository the viewer cannot read, 400 for an empty question', async () => {
    const me = await signIn(dash.world);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);
    const browser = await browserOf(me);

    const hidden = await ask(dash.runs.s1.run_id, 'what failed?', browser);
    const empty = await ask(dash.runs.a1.run_id, '   ', browser);

    expect(hidden.statusCode).toBe(404);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/question.*must not be empty/);
  });
});

describe('POST /api/runs/:id/ask with a model configured', () => {
  useStrictHttpMock();
  let phrased: DashboardWorld;

  beforeAll(async () => {
    phrased = await openDashboard(dash.db, {
      llm: readLlmConfig({ LLM_PROVIDER: 'openai', LLM_BASE_URL: `${LLM_HOST}/v1`, LLM_API_KEY: 'sk-test-0123456789abcdef', LLM_MODEL: 'gpt-4o-mini', LLM_MAX_RETRIES: '0' })!,
    });
  });

  afterAll(async () => {
    await phrased?.close();
  });

  it('phrases the answer with the model, from the retrieved steps, keeping only citations of them', async () => {
    const me = await signIn(phrased);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);
    const bodies: ChatBody[] = [];
    const proposed = (await listTraces(dash.db, dash.runs.a1.run_id)).find((t) => t.action_type === 'propose_patch')!.step_index;
    const scope = answerInOrder([`The import of json was never used, so it was removed [step ${proposed}] [step 999].`], bodies);
    const me2 = await phrased.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: me.cookie } });
    const cookie = `${me.cookie}; ${cookiePair(setCookie(me2, 'rift_csrf')!)}`;

    const response = await phrased.app.inject({
      method: 'POST',
      url: `/api/runs/${dash.runs.a1.run_id}/ask`,
      headers: { cookie, 'x-csrf-token': me2.json().csrfToken },
      payload: { question: 'Why did you change line 15 of src/utils.py?' },
    });

    scope.done();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mode).toBe('llm');
    expect(body.citations.map((c: { stepIndex: number }) => c.stepIndex)).toEqual([proposed]);
    expect(JSON.stringify(bodies[0].messages)).toContain('json is imported and never used');
  });
});
