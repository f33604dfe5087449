// The CHECK constraints and foreign keys reject bad rows, on PostgreSQL and on PGlite.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../helpers/test-db.ts';
import { makeFix, makeRun, newFixFields, newRunFields, sqlState } from './factories.ts';

const CHECK_VIOLATION = '23514';
const FOREIGN_KEY_VIOLATION = '23503';
const NOT_NULL_VIOLATION = '23502';

describe.each<Backend>(['postgres', 'pglite'])('constraints on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('rejects a run status outside the list and accepts each listed one', async () => {
    const bad = test.db('runs').insert({ ...newRunFields(), status: 'done' });
    const good = ['queued', 'running', 'passed', 'failed', 'quarantined'].map((status) =>
      test.db('runs').insert({ ...newRunFields(), status }),
    );

    expect(await sqlState(bad)).toBe(CHECK_VIOLATION);
    await expect(Promise.all(good)).resolves.toHaveLength(5);
  });

  it('rejects a run without a fingerprint', async () => {
    const { fingerprint: _omitted, ...fields } = newRunFields();

    const state = await sqlState(test.db('runs').insert({ ...fields, status: 'queued' }));

    expect(state).toBe(NOT_NULL_VIOLATION);
  });

  it('rejects a team name longer than 120 characters', async () => {
    const state = await sqlState(test.db('runs').insert({ ...newRunFields({ team_name: 'x'.repeat(121) }), status: 'queued' }));

    expect(state).toBe('22001');
  });

  it.each([['STYLE'], ['linting'], ['']])('rejects bug type %j and accepts the six', async (bugType) => {
    const run = await makeRun(test.db);

    const bad = await sqlState(test.db('fixes').insert({ ...newFixFields(run.run_id), bug_type: bugType }));
    const good = await Promise.all(
      ['LINTING', 'SYNTAX', 'LOGIC', 'TYPE_ERROR', 'IMPORT', 'INDENTATION'].map((bug_type) =>
        makeFix(test.db, run.run_id, { bug_type: bug_type as 'LINTING' }),
      ),
    );

    expect(bad).toBe(CHECK_VIOLATION);
    expect(good).toHaveLength(6);
  });

  it('rejects a fix status outside the list', async () => {
    const run = await makeRun(test.db);

    const state = await sqlState(test.db('fixes').insert({ ...newFixFields(run.run_id), status: 'committed' }));

    expect(state).toBe(CHECK_VIOLATION);
  });

  it.each([[-0.01], [1.01], [100]])('rejects confidence_score %d', async (confidence) => {
    const run = await makeRun(test.db);

    const state = await sqlState(makeFix(test.db, run.run_id, { confidence_score: confidence }));

    expect(state).toBe(CHECK_VIOLATION);
  });

  it.each([[0], [0.5], [1], [null]])('accepts confidence_score %s', async (confidence) => {
    const run = await makeRun(test.db);

    const fix = await makeFix(test.db, run.run_id, { confidence_score: confidence });

    expect(fix.confidence_score).toBe(confidence);
  });

  it('rejects a CI event status outside the list', async () => {
    const run = await makeRun(test.db);

    const state = await sqlState(
      test.db('ci_events').insert({ run_id: run.run_id, iteration: 1, status: 'green', triggered_at: new Date() }),
    );

    expect(state).toBe(CHECK_VIOLATION);
  });

  it.each(['fixes', 'ci_events', 'execution_traces', 'benchmark_scores'])(
    'rejects a %s row of a run that does not exist',
    async (table) => {
      const rows: Record<string, object> = {
        fixes: newFixFields(randomUUID()),
        ci_events: { run_id: randomUUID(), iteration: 1, status: 'pending', triggered_at: new Date() },
        execution_traces: { run_id: randomUUID(), step_index: 0, agent_node: 'a', action_type: 'b', action_label: 'c' },
        benchmark_scores: { run_id: randomUUID(), criterion: 'c', max_points: 10, predicted_score: 5 },
      };

      const state = await sqlState(test.db(table).insert(rows[table]));

      expect(state).toBe(FOREIGN_KEY_VIOLATION);
    },
  );

  it('rejects a trace pointing at a fix or CI event that does not exist', async () => {
    const run = await makeRun(test.db);
    const base = { run_id: run.run_id, agent_node: 'fixer', action_type: 'apply', action_label: 'x' };

    const toFix = await sqlState(test.db('execution_traces').insert({ ...base, step_index: 0, related_fix_id: randomUUID() }));
    const toEvent = await sqlState(
      test.db('execution_traces').insert({ ...base, step_index: 1, related_ci_event_id: randomUUID() }),
    );

    expect(toFix).toBe(FOREIGN_KEY_VIOLATION);
    expect(toEvent).toBe(FOREIGN_KEY_VIOLATION);
  });

  it('rejects a second trace row with the same run and step_index', async () => {
    const run = await makeRun(test.db);
    const row = { run_id: run.run_id, step_index: 0, agent_node: 'a', action_type: 'b', action_label: 'c' };
    await test.db('execution_traces').insert(row);

    const state = await sqlState(test.db('execution_traces').insert(row));

    expect(state).toBe('23505');
  });

  it('deletes the rows of a run with the run (ON DELETE CASCADE)', async () => {
    const run = await makeRun(test.db);
    const fix = await makeFix(test.db, run.run_id);
    await test.db('ci_events').insert({ run_id: run.run_id, iteration: 1, status: 'pending', triggered_at: new Date() });
    await test.db('execution_traces').insert({
      run_id: run.run_id,
      step_index: 0,
      agent_node: 'a',
      action_type: 'b',
      action_label: 'c',
      related_fix_id: fix.fix_id,
    });
    await test.db('benchmark_scores').insert({ run_id: run.run_id, criterion: 'c', max_points: 10, predicted_score: 5 });

    await test.db('runs').where({ run_id: run.run_id }).delete();

    for (const table of ['fixes', 'ci_events', 'execution_traces', 'benchmark_scores']) {
      const left = await test.db(table).where({ run_id: run.run_id }).count<{ count: string | number }[]>('* as count');
      expect(Number(left[0].count), table).toBe(0);
    }
  });
});
