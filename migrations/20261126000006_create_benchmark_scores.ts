// benchmark_scores: per run and criterion, the predicted score, the actual one and the gap between them.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('benchmark_scores', (t) => {
    t.uuid('bench_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('run_id').notNullable().references('run_id').inTable('runs').onDelete('CASCADE');
    t.string('criterion', 80).notNullable();
    t.integer('max_points').notNullable();
    t.integer('predicted_score').notNullable();
    t.integer('actual_score');
    t.integer('calibration_gap');
    t.text('reasoning');
    t.timestamp('scored_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id', 'criterion'], 'idx_benchmark_run_criterion');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('benchmark_scores');
}
