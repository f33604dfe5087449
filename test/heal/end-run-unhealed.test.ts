import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endRunUnhealed } from '../../src/heal/end-run-unhealed.ts';
import { silentLogger } from '../../src/log.ts';
import { validateResults } from '../../src/report/results.ts';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { getRun, listTraces } from '../../src/store/index.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { makeRun } from '../store/factories.ts';

let database: TestDatabase;
let outputDir: string;
beforeAll(async () => {
  database = await openTestDatabase();
  outputDir = mkdtempSync(path.join(tmpdir(), 'rift-unhealed-'));
});
afterAll(async () => {
  rmSync(outputDir, { recursive: true, force: true });
  await database.cleanup();
});

describe('endRunUnhealed', () => {
  const args = () => ({ db: database.db, runtime: createMemoryState(), logger: silentLogger, outputDir });

  it('ends a queued run FAILED with its reason, a score and a valid results.json', async () => {
    const run = await makeRun(database.db);

    const results = await endRunUnhealed({ ...args(), runId: run.run_id, reason: 'the installation was removed' });

    expect(results).toMatchObject({ final_status: 'FAILED', failure_reason: 'the installation was removed', total_fixes: 0 });
    const written = JSON.parse(readFileSync(path.join(outputDir, run.run_id, 'results.json'), 'utf8'));
    validateResults(written);
    expect(written.run_id).toBe(run.run_id);
    expect((await getRun(database.db, run.run_id))!.status).toBe('failed');
    expect((await listTraces(database.db, run.run_id)).map((t) => t.action_type)).toContain('given_up');
  });

  it('leaves a run that has ended alone', async () => {
    const run = await makeRun(database.db);
    await endRunUnhealed({ ...args(), runId: run.run_id, reason: 'first' });

    const again = await endRunUnhealed({ ...args(), runId: run.run_id, reason: 'second' });

    expect(again).toBeNull();
    const written = JSON.parse(readFileSync(path.join(outputDir, run.run_id, 'results.json'), 'utf8'));
    expect(written.failure_reason).toBe('first');
  });
});
