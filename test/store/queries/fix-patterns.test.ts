import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import {
  findFixPatterns,
  insertFixPattern,
  listFixPatternsOfRun,
  markFixPatternUsed,
  type NewFixPattern,
} from '../../../src/store/queries/fix-patterns.ts';
import { makeRun, sqlState } from '../factories.ts';

const CHECK_VIOLATION = '23514';
const FOREIGN_KEY_VIOLATION = '23503';

function newPattern(sourceRunId: string | null, overrides: Partial<NewFixPattern> = {}): NewFixPattern {
  return {
    pattern_id: randomUUID(),
    source_run_id: sourceRunId,
    signature: `sig-${randomUUID()}`,
    content_hash: randomUUID(),
    bug_type: 'LINTING',
    language: 'python',
    tool: 'flake8',
    document: { version: 1, description: 'remove the import statement', lines: ['import os', ''] },
    model_used: 'py-unused-import',
    confidence_score: 0.9,
    ...overrides,
  };
}

describe.each<Backend>(['postgres', 'pglite'])('fix_patterns queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('stores a pattern with its JSONB document and defaults, and finds it by signature', async () => {
    const run = await makeRun(test.db);
    const pattern = newPattern(run.run_id);

    const inserted = await insertFixPattern(test.db, pattern);
    const found = await findFixPatterns(test.db, pattern.signature);

    expect(inserted).toBe(true);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pattern_id: pattern.pattern_id, source_run_id: run.run_id, hits: 0, last_used_at: null, confidence_score: 0.9 });
    expect(found[0].document).toEqual(pattern.document);
    expect(found[0].created_at).toBeInstanceOf(Date);
  });

  it('ignores the same fix recorded twice, and the same change learnt again under the signature', async () => {
    const run = await makeRun(test.db);
    const pattern = newPattern(run.run_id);
    await insertFixPattern(test.db, pattern);

    const again = await insertFixPattern(test.db, pattern);
    const sameChange = await insertFixPattern(test.db, { ...pattern, pattern_id: randomUUID() });
    const otherChange = await insertFixPattern(test.db, { ...pattern, pattern_id: randomUUID(), content_hash: randomUUID() });

    expect([again, sameChange, otherChange]).toEqual([false, false, true]);
    expect(await findFixPatterns(test.db, pattern.signature)).toHaveLength(2);
  });

  it('orders the patterns of a signature most replayed first, then newest, and counts each replay', async () => {
    const run = await makeRun(test.db);
    const signature = `sig-${randomUUID()}`;
    const old = newPattern(run.run_id, { signature });
    const used = newPattern(run.run_id, { signature });
    const newest = newPattern(run.run_id, { signature });
    for (const p of [old, used, newest]) await insertFixPattern(test.db, p);
    await test.db('fix_patterns').where({ pattern_id: old.pattern_id }).update({ created_at: new Date(Date.now() - 60_000) });

    const marked = await markFixPatternUsed(test.db, used.pattern_id);
    const found = await findFixPatterns(test.db, signature);

    expect(marked).toBe(true);
    expect(found.map((p) => p.pattern_id)).toEqual([used.pattern_id, newest.pattern_id, old.pattern_id]);
    expect(found[0].hits).toBe(1);
    expect(found[0].last_used_at).toBeInstanceOf(Date);
    expect(found[1].last_used_at).toBeNull();
  });

  it('says when the pattern to count is gone', async () => {
    expect(await markFixPatternUsed(test.db, randomUUID())).toBe(false);
  });

  it('limits a lookup', async () => {
    const signature = `sig-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await insertFixPattern(test.db, newPattern(null, { signature }));

    expect(await findFixPatterns(test.db, signature, 2)).toHaveLength(2);
  });

  it('keeps the pattern when its run is deleted, without the reference', async () => {
    const run = await makeRun(test.db);
    const pattern = newPattern(run.run_id);
    await insertFixPattern(test.db, pattern);

    const before = await listFixPatternsOfRun(test.db, run.run_id);
    await test.db('runs').where({ run_id: run.run_id }).delete();
    const [after] = await findFixPatterns(test.db, pattern.signature);

    expect(before.map((p) => p.pattern_id)).toEqual([pattern.pattern_id]);
    expect(after.source_run_id).toBeNull();
  });

  it('rejects a bug type, language or confidence outside the schema, and an unknown run', async () => {
    const run = await makeRun(test.db);

    const states = await Promise.all([
      sqlState(insertFixPattern(test.db, newPattern(run.run_id, { bug_type: 'STYLE' as never }))),
      sqlState(insertFixPattern(test.db, newPattern(run.run_id, { language: 'ruby' as never }))),
      sqlState(insertFixPattern(test.db, newPattern(run.run_id, { confidence_score: 1.2 }))),
      sqlState(insertFixPattern(test.db, newPattern(randomUUID()))),
    ]);

    expect(states).toEqual([CHECK_VIOLATION, CHECK_VIOLATION, CHECK_VIOLATION, FOREIGN_KEY_VIOLATION]);
  });
});
