import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import { appendTrace, listTraces, type NewTrace } from '../../../src/store/queries/execution-traces.ts';
import { insertCiEvent } from '../../../src/store/queries/ci-events.ts';
import { RecordNotFoundError } from '../../../src/store/errors.ts';
import { makeFix, makeRun } from '../factories.ts';

function step(runId: string, label: string): NewTrace {
  return { run_id: runId, agent_node: 'fixer', action_type: 'apply_fix', action_label: label };
}

describe.each<Backend>(['postgres', 'pglite'])('execution_traces queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('numbers a run’s steps 0, 1, 2 and keeps payload, thought and links', async () => {
    const run = await makeRun(test.db);
    const fix = await makeFix(test.db, run.run_id);
    const event = await insertCiEvent(test.db, { run_id: run.run_id, iteration: 1 });

    const first = await appendTrace(test.db, { ...step(run.run_id, 'detect'), payload: ['pytest', { checks: 2 }] });
    const second = await appendTrace(test.db, { ...step(run.run_id, 'fix'), thought_text: 'unused import', related_fix_id: fix.fix_id });
    const third = await appendTrace(test.db, { ...step(run.run_id, 'ci'), related_ci_event_id: event.event_id });

    expect([first.step_index, second.step_index, third.step_index]).toEqual([0, 1, 2]);
    expect(first.payload).toEqual(['pytest', { checks: 2 }]);
    expect(second.thought_text).toBe('unused import');
    expect(second.related_fix_id).toBe(fix.fix_id);
    expect(third.related_ci_event_id).toBe(event.event_id);
    expect(third.emitted_at).toBeInstanceOf(Date);
  });

  it('keeps step_index gapless and unique under 25 concurrent appends', async () => {
    const run = await makeRun(test.db);

    await Promise.all(Array.from({ length: 25 }, (_, i) => appendTrace(test.db, step(run.run_id, `step ${i}`))));
    const traces = await listTraces(test.db, run.run_id);

    expect(traces.map((trace) => trace.step_index)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(new Set(traces.map((trace) => trace.action_label)).size).toBe(25);
  });

  it('numbers each run on its own when two runs append at once', async () => {
    const a = await makeRun(test.db);
    const b = await makeRun(test.db);

    await Promise.all(
      Array.from({ length: 10 }, (_, i) => appendTrace(test.db, step(i % 2 === 0 ? a.run_id : b.run_id, `s${i}`))),
    );

    expect((await listTraces(test.db, a.run_id)).map((trace) => trace.step_index)).toEqual([0, 1, 2, 3, 4]);
    expect((await listTraces(test.db, b.run_id)).map((trace) => trace.step_index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('throws RecordNotFoundError for a run that does not exist', async () => {
    const attempt = appendTrace(test.db, step(randomUUID(), 'orphan'));

    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
