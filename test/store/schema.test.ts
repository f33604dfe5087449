// The six tables of DESIGN.md section 9, checked column by column on PostgreSQL and on PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../helpers/test-db.ts';

// [column, type, NOT NULL]; types as information_schema reports them, varchar(n) and text[] spelled out.
const EXPECTED: Record<string, Array<[string, string, boolean]>> = {
  runs: [
    ['run_id', 'uuid', true],
    ['fingerprint', 'text', true],
    ['repo_url', 'text', true],
    ['team_name', 'varchar(120)', true],
    ['leader_name', 'varchar(120)', true],
    ['branch_name', 'varchar(200)', true],
    ['status', 'text', true],
    ['start_time', 'timestamp with time zone', true],
    ['end_time', 'timestamp with time zone', false],
    ['total_time_secs', 'double precision', false],
    ['base_score', 'integer', false],
    ['speed_bonus', 'integer', false],
    ['efficiency_penalty', 'integer', false],
    ['final_score', 'integer', false],
    ['total_failures', 'integer', false],
    ['total_fixes', 'integer', false],
    ['total_commits', 'integer', false],
    ['total_iterations', 'integer', false],
    ['total_llm_cost_usd', 'double precision', false],
    ['quarantine_reason', 'text', false],
    ['created_at', 'timestamp with time zone', true],
  ],
  fixes: [
    ['fix_id', 'uuid', true],
    ['run_id', 'uuid', true],
    ['file_path', 'text', true],
    ['bug_type', 'text', true],
    ['line_number', 'integer', true],
    ['line_end', 'integer', false],
    ['description', 'text', true],
    ['fix_description', 'text', true],
    ['original_code', 'text', false],
    ['fixed_code', 'text', false],
    ['status', 'text', true],
    ['commit_sha', 'varchar(40)', false],
    ['commit_message', 'text', false],
    ['confidence_score', 'double precision', false],
    ['model_used', 'varchar(60)', false],
    ['consensus_votes', 'jsonb', false],
    ['kb_match', 'boolean', false],
    ['causal_commit_sha', 'varchar(40)', false],
    ['causal_explanation', 'text', false],
    ['token_cost_usd', 'double precision', false],
    ['applied_at', 'timestamp with time zone', true],
  ],
  ci_events: [
    ['event_id', 'uuid', true],
    ['run_id', 'uuid', true],
    ['iteration', 'integer', true],
    ['github_run_id', 'bigint', false],
    ['status', 'text', true],
    ['failures_before', 'integer', false],
    ['failures_after', 'integer', false],
    ['new_failures', 'text[]', false],
    ['regression_detected', 'boolean', true],
    ['rollback_triggered', 'boolean', true],
    ['rollback_commit_sha', 'varchar(40)', false],
    ['duration_secs', 'double precision', false],
    ['triggered_at', 'timestamp with time zone', true],
    ['completed_at', 'timestamp with time zone', false],
  ],
  execution_traces: [
    ['trace_id', 'uuid', true],
    ['run_id', 'uuid', true],
    ['step_index', 'integer', true],
    ['agent_node', 'varchar(60)', true],
    ['action_type', 'varchar(60)', true],
    ['action_label', 'text', true],
    ['payload', 'jsonb', false],
    ['thought_text', 'text', false],
    ['related_fix_id', 'uuid', false],
    ['related_ci_event_id', 'uuid', false],
    ['emitted_at', 'timestamp with time zone', true],
  ],
  strategy_weights: [
    ['weight_id', 'uuid', true],
    ['bug_type', 'text', true],
    ['strategy_rule_first', 'double precision', true],
    ['strategy_llm_single', 'double precision', true],
    ['strategy_llm_consensus', 'double precision', true],
    ['strategy_kb_lookup', 'double precision', true],
    ['total_attempts', 'integer', true],
    ['total_successes', 'integer', true],
    ['generation', 'integer', true],
    ['last_evolved_at', 'timestamp with time zone', false],
  ],
  benchmark_scores: [
    ['bench_id', 'uuid', true],
    ['run_id', 'uuid', true],
    ['criterion', 'varchar(80)', true],
    ['max_points', 'integer', true],
    ['predicted_score', 'integer', true],
    ['actual_score', 'integer', false],
    ['calibration_gap', 'integer', false],
    ['reasoning', 'text', false],
    ['scored_at', 'timestamp with time zone', true],
  ],
  fix_patterns: [
    ['pattern_id', 'uuid', true],
    ['source_run_id', 'uuid', false],
    ['signature', 'text', true],
    ['content_hash', 'text', true],
    ['bug_type', 'text', true],
    ['language', 'text', true],
    ['tool', 'text', true],
    ['document', 'jsonb', true],
    ['model_used', 'varchar(60)', false],
    ['confidence_score', 'double precision', true],
    ['hits', 'integer', true],
    ['created_at', 'timestamp with time zone', true],
    ['last_used_at', 'timestamp with time zone', false],
  ],
};

// [index, definition fragment]: pg_indexes' indexdef must contain the fragment.
const EXPECTED_INDEXES: Array<[string, string, string]> = [
  ['runs', 'idx_runs_status', 'USING btree (status)'],
  ['runs', 'idx_runs_created_at', 'USING btree (created_at DESC)'],
  ['runs', 'idx_runs_fingerprint', 'USING btree (fingerprint)'],
  ['fixes', 'idx_fixes_run_id', 'USING btree (run_id)'],
  ['fixes', 'idx_fixes_bug_status', 'USING btree (bug_type, status)'],
  ['fixes', 'idx_fixes_kb_match_true', 'USING btree (kb_match) WHERE (kb_match = true)'],
  ['ci_events', 'idx_ci_events_run_iter', 'USING btree (run_id, iteration)'],
  ['execution_traces', 'idx_traces_run_step', 'USING btree (run_id, step_index)'],
  ['execution_traces', 'uq_traces_run_step', 'CREATE UNIQUE INDEX uq_traces_run_step ON public.execution_traces USING btree (run_id, step_index)'],
  ['strategy_weights', 'strategy_weights_bug_type_key', 'CREATE UNIQUE INDEX strategy_weights_bug_type_key'],
  ['benchmark_scores', 'idx_benchmark_run_criterion', 'USING btree (run_id, criterion)'],
  ['fix_patterns', 'idx_fix_patterns_signature', 'CREATE UNIQUE INDEX idx_fix_patterns_signature ON public.fix_patterns USING btree (signature, content_hash)'],
];

interface ColumnRow {
  column_name: string;
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

function typeOf(row: ColumnRow): string {
  if (row.data_type === 'character varying') return `varchar(${row.character_maximum_length})`;
  if (row.data_type === 'ARRAY') return `${row.udt_name.slice(1)}[]`;
  return row.data_type;
}

describe.each<Backend>(['postgres', 'pglite'])('schema on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  async function columns(table: string): Promise<ColumnRow[]> {
    const { rows } = await test.db.raw<{ rows: ColumnRow[] }>(
      `SELECT column_name, data_type, udt_name, character_maximum_length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ?
        ORDER BY ordinal_position`,
      [table],
    );
    return rows;
  }

  it('has exactly the six tables of the spec, besides knex bookkeeping', async () => {
    const { rows } = await test.db.raw<{ rows: Array<{ table_name: string }> }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name NOT LIKE 'knex_%' ORDER BY table_name`,
    );

    expect(rows.map((row) => row.table_name)).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s has the columns, types and NOT NULLs of the spec', async (table) => {
    const rows = await columns(table);

    expect(rows.map((row) => [row.column_name, typeOf(row), row.is_nullable === 'NO'])).toEqual(EXPECTED[table]);
  });

  it.each([
    ['runs', 'run_id'],
    ['fixes', 'fix_id'],
    ['ci_events', 'event_id'],
    ['execution_traces', 'trace_id'],
    ['strategy_weights', 'weight_id'],
    ['benchmark_scores', 'bench_id'],
  ])('%s.%s defaults to gen_random_uuid()', async (table, column) => {
    const rows = await columns(table);

    expect(rows.find((row) => row.column_name === column)?.column_default).toBe('gen_random_uuid()');
  });

  it('has the spec defaults for times and flags', async () => {
    const defaults = async (table: string) =>
      Object.fromEntries((await columns(table)).map((row) => [row.column_name, row.column_default]));

    const runs = await defaults('runs');
    const fixes = await defaults('fixes');
    const ciEvents = await defaults('ci_events');
    const traces = await defaults('execution_traces');
    const bench = await defaults('benchmark_scores');

    expect(runs.created_at).toBe('CURRENT_TIMESTAMP');
    expect(fixes.applied_at).toBe('CURRENT_TIMESTAMP');
    expect(traces.emitted_at).toBe('CURRENT_TIMESTAMP');
    expect(bench.scored_at).toBe('CURRENT_TIMESTAMP');
    expect(ciEvents.regression_detected).toBe('false');
    expect(ciEvents.rollback_triggered).toBe('false');
    expect(ciEvents.triggered_at).toBeNull();
  });

  it.each(EXPECTED_INDEXES)('%s has index %s (%s)', async (table, index, fragment) => {
    const { rows } = await test.db.raw<{ rows: Array<{ indexdef: string }> }>(
      'SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ? AND indexname = ?',
      [table, index],
    );

    expect(rows).toHaveLength(1);
    expect(rows[0].indexdef).toContain(fragment);
  });

  it('has the foreign keys of the spec, with the delete rules', async () => {
    const { rows } = await test.db.raw<{ rows: Array<{ child: string; parent: string; rule: string }> }>(
      `SELECT kcu.table_name || '.' || kcu.column_name AS child,
              ccu.table_name || '.' || ccu.column_name AS parent,
              rc.delete_rule AS rule
         FROM information_schema.referential_constraints rc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
        WHERE rc.constraint_schema = current_schema()
        ORDER BY child`,
    );

    expect(rows).toEqual([
      { child: 'benchmark_scores.run_id', parent: 'runs.run_id', rule: 'CASCADE' },
      { child: 'ci_events.run_id', parent: 'runs.run_id', rule: 'CASCADE' },
      { child: 'execution_traces.related_ci_event_id', parent: 'ci_events.event_id', rule: 'SET NULL' },
      { child: 'execution_traces.related_fix_id', parent: 'fixes.fix_id', rule: 'SET NULL' },
      { child: 'execution_traces.run_id', parent: 'runs.run_id', rule: 'CASCADE' },
      { child: 'fix_patterns.source_run_id', parent: 'runs.run_id', rule: 'SET NULL' },
      { child: 'fixes.run_id', parent: 'runs.run_id', rule: 'CASCADE' },
    ]);
  });
});
