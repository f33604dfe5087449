// strategy_weights: per bug type, how often each fix strategy is tried; evolved from outcomes.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('strategy_weights', (t) => {
    t.uuid('weight_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('bug_type').notNullable().unique({ indexName: 'strategy_weights_bug_type_key' });
    t.double('strategy_rule_first').notNullable();
    t.double('strategy_llm_single').notNullable();
    t.double('strategy_llm_consensus').notNullable();
    t.double('strategy_kb_lookup').notNullable();
    t.integer('total_attempts').notNullable();
    t.integer('total_successes').notNullable();
    t.integer('generation').notNullable();
    t.timestamp('last_evolved_at', { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('strategy_weights');
}
