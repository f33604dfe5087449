import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import { insertFix, listFixes, updateFixStatus } from '../../../src/store/queries/fixes.ts';
import { RecordNotFoundError } from '../../../src/store/errors.ts';
import { makeFix, makeRun, newFixFields } from '../factories.ts';

describe.each<Backend>(['postgres', 'pglite'])('fixes queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('inserts a fix with its JSONB votes and defaults', async () => {
    const run = await makeRun(test.db);
    const votes = [{ model: 'a', vote: 'accept' }, { model: 'b', vote: 'reject' }];

    const fix = await insertFix(test.db, newFixFields(run.run_id, { consensus_votes: votes, confidence_score: 0.8, kb_match: true }));

    expect(fix.fix_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(fix.consensus_votes).toEqual(votes);
    expect(fix.confidence_score).toBe(0.8);
    expect(fix.kb_match).toBe(true);
    expect(fix.applied_at).toBeInstanceOf(Date);
  });

  it('updates the status with the commit that carries the fix', async () => {
    const run = await makeRun(test.db);
    const fix = await makeFix(test.db, run.run_id);
    const sha = 'a'.repeat(40);

    const updated = await updateFixStatus(test.db, fix.fix_id, 'rolled_back', {
      commit_sha: sha,
      commit_message: '[AI-AGENT] Revert fix',
    });

    expect(updated.status).toBe('rolled_back');
    expect(updated.commit_sha).toBe(sha);
    expect(updated.commit_message).toBe('[AI-AGENT] Revert fix');
    expect(updated.file_path).toBe('src/utils.py');
  });

  it('throws RecordNotFoundError when updating an unknown fix', async () => {
    const attempt = updateFixStatus(test.db, randomUUID(), 'applied');

    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('lists only the fixes of the run', async () => {
    const run = await makeRun(test.db);
    const other = await makeRun(test.db);
    const first = await makeFix(test.db, run.run_id, { line_number: 1 });
    const second = await makeFix(test.db, run.run_id, { line_number: 2 });
    await makeFix(test.db, other.run_id);

    const fixes = await listFixes(test.db, run.run_id);

    expect(fixes.map((fix) => fix.fix_id).sort()).toEqual([first.fix_id, second.fix_id].sort());
  });
});
