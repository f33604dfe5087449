// runs: one row per healing run (DESIGN.md section 9). Dedupe goes through fingerprint, never run_id.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('runs', (t) => {
    t.uuid('run_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('fingerprint').notNullable();
    t.text('repo_url').notNullable();
    t.string('team_name', 120).notNullable();
    t.string('leader_name', 120).notNullable();
    t.string('branch_name', 200).notNullable();
    t.text('status')
      .notNullable()
      .checkIn(['queued', 'running', 'passed', 'failed', 'quarantined'], 'runs_status_check');
    t.timestamp('start_time', { useTz: true }).notNullable();
    t.timestamp('end_time', { useTz: true });
    t.double('total_time_secs');
    for (const column of ['base_score', 'speed_bonus', 'efficiency_penalty', 'final_score']) t.integer(column);
    for (const column of ['total_failures', 'total_fixes', 'total_commits', 'total_iterations']) t.integer(column);
    t.double('total_llm_cost_usd');
    t.text('quarantine_reason');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status'], 'idx_runs_status');
    t.index(['fingerprint'], 'idx_runs_fingerprint');
  });
  // The schema builder has no per-column sort order for indexes.
  await knex.raw('CREATE INDEX idx_runs_created_at ON runs (created_at DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('runs');
}
