// fixes: one row per attempted fix of a run; confidence_score is stored in [0,1].
import type { Knex } from 'knex';

const BUG_TYPES = ['LINTING', 'SYNTAX', 'LOGIC', 'TYPE_ERROR', 'IMPORT', 'INDENTATION'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('fixes', (t) => {
    t.uuid('fix_id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('run_id').notNullable().references('run_id').inTable('runs').onDelete('CASCADE');
    t.text('file_path').notNullable();
    t.text('bug_type').notNullable().checkIn(BUG_TYPES, 'fixes_bug_type_check');
    t.integer('line_number').notNullable();
    t.integer('line_end');
    t.text('description').notNullable();
    t.text('fix_description').notNullable();
    t.text('original_code');
    t.text('fixed_code');
    t.text('status').notNullable().checkIn(['applied', 'failed', 'rolled_back', 'skipped'], 'fixes_status_check');
    t.string('commit_sha', 40);
    t.text('commit_message');
    t.double('confidence_score').checkBetween([0, 1], 'fixes_confidence_score_check');
    t.string('model_used', 60);
    t.jsonb('consensus_votes');
    t.boolean('kb_match');
    t.string('causal_commit_sha', 40);
    t.text('causal_explanation');
    t.double('token_cost_usd');
    t.timestamp('applied_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['run_id'], 'idx_fixes_run_id');
    t.index(['bug_type', 'status'], 'idx_fixes_bug_status');
  });
  // Partial index: only knowledge-base matches are looked up by this flag.
  await knex.raw('CREATE INDEX idx_fixes_kb_match_true ON fixes (kb_match) WHERE kb_match = true');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('fixes');
}
