import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import {
  claimRun,
  findActiveRunByFingerprint,
  finishRun,
  getRun,
  insertRun,
  updateRunStatus,
  type RunOutcome,
} from '../../../src/store/queries/runs.ts';
import { listTraces } from '../../../src/store/queries/execution-traces.ts';
import { InvalidRunTransitionError, RecordNotFoundError } from '../../../src/store/errors.ts';
import { makeRun, newRunFields } from '../factories.ts';

const OUTCOME: RunOutcome = {
  status: 'passed',
  end_time: new Date('2026-11-26T10:04:00Z'),
  total_time_secs: 240.5,
  base_score: 100,
  speed_bonus: 10,
  efficiency_penalty: 0,
  final_score: 110,
  total_failures: 3,
  total_fixes: 3,
  total_commits: 3,
  total_iterations: 2,
  total_llm_cost_usd: 0.0123,
};

describe.each<Backend>(['postgres', 'pglite'])('runs queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('inserts a queued run with a generated UUID and created_at', async () => {
    const fields = newRunFields({ start_time: new Date('2026-11-26T10:00:00Z') });

    const run = await insertRun(test.db, fields);

    expect(run.run_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run.status).toBe('queued');
    expect(run.fingerprint).toBe(fields.fingerprint);
    expect(run.start_time).toEqual(new Date('2026-11-26T10:00:00Z'));
    expect(run.created_at).toBeInstanceOf(Date);
    expect(run.end_time).toBeNull();
  });

  it('reads a run back by id, and undefined for an unknown id', async () => {
    const run = await makeRun(test.db);

    const found = await getRun(test.db, run.run_id);
    const missing = await getRun(test.db, randomUUID());

    expect(found?.run_id).toBe(run.run_id);
    expect(found?.team_name).toBe('Code Warriors');
    expect(missing).toBeUndefined();
  });

  it('moves queued -> running -> passed and records the outcome', async () => {
    const run = await makeRun(test.db);

    const running = await updateRunStatus(test.db, run.run_id, 'running');
    const finished = await finishRun(test.db, run.run_id, OUTCOME);

    expect(running.status).toBe('running');
    expect(finished).toMatchObject({ ...OUTCOME, quarantine_reason: null });
    expect((await getRun(test.db, run.run_id))?.final_score).toBe(110);
  });

  it('lets a queued run fail before it starts (bad input)', async () => {
    const run = await makeRun(test.db);

    const failed = await updateRunStatus(test.db, run.run_id, 'failed');

    expect(failed.status).toBe('failed');
  });

  it('records a quarantine reason', async () => {
    const run = await makeRun(test.db);
    await updateRunStatus(test.db, run.run_id, 'running');

    const finished = await finishRun(test.db, run.run_id, {
      ...OUTCOME,
      status: 'quarantined',
      quarantine_reason: 'tests/test_clock.py::test_tick flipped without a change',
    });

    expect(finished.status).toBe('quarantined');
    expect(finished.quarantine_reason).toBe('tests/test_clock.py::test_tick flipped without a change');
  });

  it.each([
    ['running', 'queued'],
    ['passed', 'running'],
    ['failed', 'running'],
  ] as const)('refuses to go back from %s to %s and leaves the status as it was', async (from, to) => {
    const run = await makeRun(test.db);
    await updateRunStatus(test.db, run.run_id, 'running');
    if (from !== 'running') await finishRun(test.db, run.run_id, { ...OUTCOME, status: from });

    const attempt = updateRunStatus(test.db, run.run_id, to);

    await expect(attempt).rejects.toBeInstanceOf(InvalidRunTransitionError);
    expect((await getRun(test.db, run.run_id))?.status).toBe(from);
  });

  it('refuses to finish a run that never started as passed', async () => {
    const run = await makeRun(test.db);

    const attempt = finishRun(test.db, run.run_id, OUTCOME);

    await expect(attempt).rejects.toThrow(/queued to passed/);
  });

  it('throws RecordNotFoundError for an unknown run', async () => {
    const attempt = updateRunStatus(test.db, randomUUID(), 'running');

    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('finds the newest active run of a fingerprint, ignoring finished runs and other fingerprints', async () => {
    const fingerprint = `github.com/acme/app@${randomUUID()}`;
    const finished = await makeRun(test.db, { fingerprint });
    await updateRunStatus(test.db, finished.run_id, 'failed');
    const active = await makeRun(test.db, { fingerprint });
    await makeRun(test.db);

    const found = await findActiveRunByFingerprint(test.db, fingerprint);
    await updateRunStatus(test.db, active.run_id, 'failed');
    const none = await findActiveRunByFingerprint(test.db, fingerprint);

    expect(found?.run_id).toBe(active.run_id);
    expect(none).toBeUndefined();
  });

  it('claims one run per fingerprint when five claims arrive at once, and a new one after it ends', async () => {
    const fields = newRunFields();

    const claims = await Promise.all(Array.from({ length: 5 }, () => claimRun(test.db, fields)));
    const ids = new Set(claims.map((claim) => claim.runId));
    const [winner] = ids;
    await updateRunStatus(test.db, winner, 'failed');
    const next = await claimRun(test.db, fields);

    expect(ids.size).toBe(1);
    expect(claims.filter((claim) => claim.created)).toHaveLength(1);
    expect(next.created).toBe(true);
    expect(next.runId).not.toBe(winner);
  });

  it('writes the first step with the run it creates, and nothing for a claim that finds the run active', async () => {
    const fields = newRunFields();
    const step = { agent_node: 'trigger', action_type: 'heal_requested', action_label: 'acme/widgets#7', payload: { pull: 7, note: "it's" } };

    const first = await claimRun(test.db, fields, step);
    const second = await claimRun(test.db, fields, { ...step, action_label: 'a second delivery' });

    expect(second).toEqual({ runId: first.runId, created: false });
    const traces = await listTraces(test.db, first.runId);
    expect(traces.map((t) => [t.step_index, t.agent_node, t.action_type, t.action_label, t.payload])).toEqual([[0, 'trigger', 'heal_requested', 'acme/widgets#7', { pull: 7, note: "it's" }]]);
    const run = await getRun(test.db, first.runId);
    expect(run).toMatchObject({ fingerprint: fields.fingerprint, repo_url: fields.repo_url, status: 'queued', branch_name: fields.branch_name });
    expect(run!.start_time.toISOString()).toBe(fields.start_time.toISOString());
  });
});
