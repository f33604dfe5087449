// A run's artifacts through the API (<OUTPUT_DIR>/<run_id>/results.json and report.pdf) and what the run
// page reads besides the rows: which artifacts exist, each fix's strategy and commit link, the retry
// limit. Real PostgreSQL and Redis, a temporary output folder, GitHub's access check through nock.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendTrace } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { makeFix } from '../store/factories.ts';
import { mockRepo, READ_ONLY } from './github-wire.ts';
import { openDashboard, signIn, type DashboardWorld, type SignedIn } from './harness.ts';
import { seedRuns, type SeededRuns } from './seed-runs.ts';

const RESULTS = `${JSON.stringify({ run_id: 'see-below', final_status: 'PASSED' }, null, 2)}\n`;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), Buffer.from('%%EOF\n')]);
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let world: DashboardWorld;
let runs: SeededRuns;
let outputDir: string;
let committedFixId: string;

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  runs = await seedRuns(scratch.db);
  outputDir = await mkdtemp(join(tmpdir(), 'rift-outputs-'));
  for (const run of [runs.a1, runs.s1]) {
    await mkdir(join(outputDir, run.run_id));
    await writeFile(join(outputDir, run.run_id, 'results.json'), RESULTS);
    await writeFile(join(outputDir, run.run_id, 'report.pdf'), PDF);
  }
  // a2 has results.json only: its PDF is still being drawn.
  await mkdir(join(outputDir, runs.a2.run_id));
  await writeFile(join(outputDir, runs.a2.run_id, 'results.json'), RESULTS);
  const committed = await makeFix(scratch.db, runs.a2.run_id, { commit_sha: SHA, commit_message: '[AI-AGENT] Fix LINTING in src/utils.py', confidence_score: 0.9 });
  committedFixId = committed.fix_id;
  await appendTrace(scratch.db, { run_id: runs.a2.run_id, agent_node: 'fix', action_type: 'propose_patch', action_label: 'LINTING error', related_fix_id: committed.fix_id, payload: { fixer: 'py-unused-import', strategy: 'rule_first' } });
  await appendTrace(scratch.db, { run_id: runs.a2.run_id, agent_node: 'ci', action_type: 'ci_run', action_label: 'CI iteration 1/4' });
  world = await openDashboard(scratch.db, { outputDir });
});

afterAll(async () => {
  await world?.close();
  await scratch?.cleanup();
  await rm(outputDir, { recursive: true, force: true });
});

const get = (url: string, who?: SignedIn) => world.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

describe('GET /api/runs/:id/results.json and /report.pdf', () => {
  useStrictHttpMock();

  it('serves results.json as JSON and report.pdf as a PDF, byte for byte', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const results = await get(`/api/runs/${runs.a1.run_id}/results.json`, me);
    const pdf = await get(`/api/runs/${runs.a1.run_id}/report.pdf`, me);

    expect(results.statusCode).toBe(200);
    expect(results.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(results.body).toBe(RESULTS);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="rift-${runs.a1.run_id}-report.pdf"`);
    expect(pdf.rawPayload.equals(PDF)).toBe(true);
  });

  it('answers a JSON 404 for an artifact not written (yet)', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const pdf = await get(`/api/runs/${runs.a2.run_id}/report.pdf`, me);
    const results = await get(`/api/runs/${runs.a3.run_id}/results.json`, me);

    expect(pdf.statusCode).toBe(404);
    expect(pdf.json()).toEqual({ error: { message: 'report.pdf of this run does not exist (yet)' } });
    expect(results.statusCode).toBe(404);
    expect(results.json()).toEqual({ error: { message: 'results.json of this run does not exist (yet)' } });
  });

  it('answers 404 for the artifacts of a repository the viewer cannot read, though they exist', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/secret', 404);

    const results = await get(`/api/runs/${runs.s1.run_id}/results.json`, me);
    const pdf = await get(`/api/runs/${runs.s1.run_id}/report.pdf`, me);

    expect(results.statusCode).toBe(404);
    expect(results.json()).toEqual({ error: { message: 'run not found' } });
    expect(pdf.statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const response = await get(`/api/runs/${runs.a1.run_id}/results.json`);

    expect(response.statusCode).toBe(401);
  });
});

describe('GET /api/runs/:id for the run page', () => {
  useStrictHttpMock();

  it('links the artifacts that exist and only those', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const a1 = (await get(`/api/runs/${runs.a1.run_id}`, me)).json();
    const a2 = (await get(`/api/runs/${runs.a2.run_id}`, me)).json();
    const a3 = (await get(`/api/runs/${runs.a3.run_id}`, me)).json();

    expect(a1.artifacts).toEqual({ results_json: `/api/runs/${runs.a1.run_id}/results.json`, report_pdf: `/api/runs/${runs.a1.run_id}/report.pdf` });
    expect(a2.artifacts).toEqual({ results_json: `/api/runs/${runs.a2.run_id}/results.json`, report_pdf: null });
    expect(a3.artifacts).toEqual({ results_json: null, report_pdf: null });
  });

  it('gives each fix the strategy its trace names and a link to its commit, and the run its retry limit', async () => {
    const me = await signIn(world);
    mockRepo(me.viewer.token, 'octo-org/alpha', READ_ONLY);

    const run = (await get(`/api/runs/${runs.a2.run_id}`, me)).json();
    const a1 = (await get(`/api/runs/${runs.a1.run_id}`, me)).json();

    expect(run.repository_url).toBe('https://github.com/octo-org/alpha');
    expect(run.retry_limit).toBe(4);
    expect(run.fixes).toEqual([
      expect.objectContaining({ fix_id: committedFixId, strategy: 'rule_first', commit_url: `https://github.com/octo-org/alpha/commit/${SHA}`, confidence_score: 0.9 }),
    ]);
    expect(a1.retry_limit).toBeNull();
    expect(a1.fixes.map((fix: { strategy: string | null; commit_url: string | null }) => [fix.strategy, fix.commit_url])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
