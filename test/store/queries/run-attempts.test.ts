import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-db.ts';
import { startRunAttempt } from '../../../src/store/queries/run-attempts.ts';
import { finishRun, getRun, updateRunStatus } from '../../../src/store/queries/runs.ts';
import { appendTrace, listTraces } from '../../../src/store/queries/execution-traces.ts';
import { insertCiEvent, listCiEvents, recordGitHubCi } from '../../../src/store/queries/ci-events.ts';
import { listFixes } from '../../../src/store/queries/fixes.ts';
import { insertPredictedScores, listBenchmarkScores } from '../../../src/store/queries/benchmark-scores.ts';
import { InvalidRunTransitionError } from '../../../src/store/errors.ts';
import { makeFix, makeRun } from '../factories.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.cleanup());

describe('startRunAttempt', () => {
  it('moves a queued run to running and restarts its clock', async () => {
    const queued = await makeRun(database.db, { start_time: new Date('2026-01-01T00:00:00Z') });

    const attempt = await startRunAttempt(database.db, queued.run_id);

    expect(attempt.resumed).toBe(false);
    expect(attempt.run.status).toBe('running');
    expect(attempt.run.start_time.getTime()).toBeGreaterThan(new Date('2026-06-01').getTime());
  });

  it('takes over a running run: the dead attempt’s rows go, the trigger and the clock stay', async () => {
    const { db } = database;
    const run = await makeRun(db);
    await appendTrace(db, { run_id: run.run_id, agent_node: 'trigger', action_type: 'heal_requested', action_label: 'trigger' });
    const first = await startRunAttempt(db, run.run_id);
    const fix = await makeFix(db, run.run_id);
    const event = await insertCiEvent(db, { run_id: run.run_id, iteration: 1 });
    await appendTrace(db, { run_id: run.run_id, agent_node: 'fix', action_type: 'propose_patch', action_label: 'x', related_fix_id: fix.fix_id, related_ci_event_id: event.event_id });
    await insertPredictedScores(db, run.run_id, [{ criterion: 'speed', max_points: 10, predicted_score: 10, reasoning: 'fast' }]);

    const second = await startRunAttempt(db, run.run_id);

    expect(second.resumed).toBe(true);
    expect(second.discarded).toEqual({ fixes: 1, ci_events: 1, benchmark_scores: 1, execution_traces: 1 });
    expect((await listTraces(db, run.run_id)).map((t) => t.action_type)).toEqual(['heal_requested']);
    expect(await listFixes(db, run.run_id)).toEqual([]);
    expect(await listCiEvents(db, run.run_id)).toEqual([]);
    expect(await listBenchmarkScores(db, run.run_id)).toEqual([]);
    expect(second.run.start_time.getTime()).toBe(first.run.start_time.getTime());
    expect((await getRun(db, run.run_id))!.status).toBe('running');
  });

  it('refuses a run that has ended', async () => {
    const run = await makeRun(database.db);
    await updateRunStatus(database.db, run.run_id, 'running');
    await finishRun(database.db, run.run_id, {
      status: 'passed', end_time: new Date(), total_time_secs: 1, base_score: 100, speed_bonus: 10, efficiency_penalty: 0,
      final_score: 110, total_failures: 0, total_fixes: 0, total_commits: 0, total_iterations: 0,
    });

    await expect(startRunAttempt(database.db, run.run_id)).rejects.toBeInstanceOf(InvalidRunTransitionError);
  });
});

describe('recordGitHubCi', () => {
  it('stores the GitHub run id and, when told, the status GitHub decided', async () => {
    const run = await makeRun(database.db);
    const event = await insertCiEvent(database.db, { run_id: run.run_id, iteration: 1, status: 'passed' });

    const updated = await recordGitHubCi(database.db, event.event_id, { github_run_id: 9_007_199_254, status: 'failed' });

    expect(updated.github_run_id).toBe(9_007_199_254);
    expect(updated.status).toBe('failed');
    expect(updated.completed_at).toBeInstanceOf(Date);
  });
});
