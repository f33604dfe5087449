import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import { completeCiEvent, insertCiEvent, listCiEvents } from '../../../src/store/queries/ci-events.ts';
import { makeRun } from '../factories.ts';

describe.each<Backend>(['postgres', 'pglite'])('ci_events queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('opens a pending event with the flags defaulting to false', async () => {
    const run = await makeRun(test.db);

    const event = await insertCiEvent(test.db, { run_id: run.run_id, iteration: 1, failures_before: 4 });

    expect(event.status).toBe('pending');
    expect(event.regression_detected).toBe(false);
    expect(event.rollback_triggered).toBe(false);
    expect(event.triggered_at).toBeInstanceOf(Date);
    expect(event.completed_at).toBeNull();
  });

  it('returns a BIGINT github_run_id as a number on every back end', async () => {
    const run = await makeRun(test.db);

    const event = await insertCiEvent(test.db, { run_id: run.run_id, iteration: 1, github_run_id: 12_345_678_901 });

    expect(event.github_run_id).toBe(12_345_678_901);
    expect((await listCiEvents(test.db, run.run_id))[0].github_run_id).toBe(12_345_678_901);
  });

  it('completes an event with its result, TEXT[] new failures and measured duration', async () => {
    const run = await makeRun(test.db);
    const triggered = new Date('2026-11-26T10:00:00Z');
    const event = await insertCiEvent(test.db, { run_id: run.run_id, iteration: 2, triggered_at: triggered });

    const done = await completeCiEvent(test.db, event.event_id, {
      status: 'failed',
      failures_after: 1,
      new_failures: ['tests/test_a.py::test_x', "it's, \"quoted\""],
      regression_detected: true,
      rollback_triggered: true,
      rollback_commit_sha: 'b'.repeat(40),
      completed_at: new Date('2026-11-26T10:01:30Z'),
    });

    expect(done.status).toBe('failed');
    expect(done.new_failures).toEqual(['tests/test_a.py::test_x', "it's, \"quoted\""]);
    expect(done.regression_detected).toBe(true);
    expect(done.rollback_commit_sha).toBe('b'.repeat(40));
    expect(done.duration_secs).toBe(90);
    expect(done.completed_at).toEqual(new Date('2026-11-26T10:01:30Z'));
  });

  it('lists a run’s events by iteration', async () => {
    const run = await makeRun(test.db);
    await insertCiEvent(test.db, { run_id: run.run_id, iteration: 2 });
    await insertCiEvent(test.db, { run_id: run.run_id, iteration: 1 });

    const events = await listCiEvents(test.db, run.run_id);

    expect(events.map((event) => event.iteration)).toEqual([1, 2]);
  });
});
