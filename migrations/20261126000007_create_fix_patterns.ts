// fix_patterns: the knowledge base of CI-confirmed fixes (DESIGN.md section 9, optional, behind
// RIFT_KB). pattern_id is the fix_id of the fix it was learnt from, without a foreign key: the
// knowledge outlives an archived run, and recording the same fix twice is a no-op on the key.
// The source run is kept as a nullable reference that archiving sets to NULL.
import type { Knex } from 'knex';

const BUG_TYPES = ['LINTING', 'SYNTAX', 'LOGIC', 'TYPE_ERROR', 'IMPORT', 'INDENTATION'];
const LANGUAGES = ['python', 'javascript', 'typescript'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('fix_patterns', (t) => {
    t.uuid('pattern_id').primary();
    t.uuid('source_run_id').references('run_id').inTable('runs').onDelete('SET NULL');
    t.text('signature').notNullable();
    // Hash of the remembered change: one pattern per signature and change, however often it is learnt.
    t.text('content_hash').notNullable();
    t.text('bug_type').notNullable().checkIn(BUG_TYPES, 'fix_patterns_bug_type_check');
    t.text('language').notNullable().checkIn(LANGUAGES, 'fix_patterns_language_check');
    t.text('tool').notNullable();
    t.jsonb('document').notNullable();
    t.string('model_used', 60);
    t.double('confidence_score').notNullable().checkBetween([0, 1], 'fix_patterns_confidence_score_check');
    t.integer('hits').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    // Lookups are by signature: this unique index serves them.
    t.unique(['signature', 'content_hash'], { indexName: 'idx_fix_patterns_signature' });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('fix_patterns');
}
