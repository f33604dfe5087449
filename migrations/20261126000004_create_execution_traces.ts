// execution_traces: the authoritative, replayable record of what the agent did and why.
// step_index increases by 1 within a run; the unique constraint makes a duplicate step impossible.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('execution_traces', (t) => {
    t.uuid('trace_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('run_id').notNullable().references('run_id').inTable('runs').onDelete('CASCADE');
    t.integer('step_index').notNullable();
    t.string('agent_node', 60).notNullable();
    t.string('action_type', 60).notNullable();
    t.text('action_label').notNullable();
    t.jsonb('payload');
    t.text('thought_text');
    // A trace outlives the fix or CI event it mentions only as history: deleting those clears the link.
    t.uuid('related_fix_id').references('fix_id').inTable('fixes').onDelete('SET NULL');
    t.uuid('related_ci_event_id').references('event_id').inTable('ci_events').onDelete('SET NULL');
    t.timestamp('emitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id', 'step_index'], 'idx_traces_run_step');
    t.unique(['run_id', 'step_index'], { indexName: 'uq_traces_run_step' });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('execution_traces');
}
