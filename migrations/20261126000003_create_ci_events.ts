// ci_events: one row per CI iteration of a run, with its regression and rollback outcome.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ci_events', (t) => {
    t.uuid('event_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('run_id').notNullable().references('run_id').inTable('runs').onDelete('CASCADE');
    t.integer('iteration').notNullable();
    t.bigInteger('github_run_id');
    t.text('status').notNullable().checkIn(['pending', 'running', 'passed', 'failed'], 'ci_events_status_check');
    t.integer('failures_before');
    t.integer('failures_after');
    t.specificType('new_failures', 'TEXT[]');
    t.boolean('regression_detected').notNullable().defaultTo(false);
    t.boolean('rollback_triggered').notNullable().defaultTo(false);
    t.string('rollback_commit_sha', 40);
    t.double('duration_secs');
    t.timestamp('triggered_at', { useTz: true }).notNullable();
    t.timestamp('completed_at', { useTz: true });
    t.index(['run_id', 'iteration'], 'idx_ci_events_run_iter');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('ci_events');
}
