import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import {
  insertPredictedScores,
  listBenchmarkScores,
  recordActualScores,
} from '../../../src/store/queries/benchmark-scores.ts';
import { RecordNotFoundError } from '../../../src/store/errors.ts';
import { makeRun } from '../factories.ts';

const PREDICTED = [
  { criterion: 'correctness', max_points: 40, predicted_score: 30, reasoning: 'two of three fixed' },
  { criterion: 'speed', max_points: 10, predicted_score: 10 },
];

describe.each<Backend>(['postgres', 'pglite'])('benchmark_scores queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('inserts the predicted scores of a run with no actual score yet', async () => {
    const run = await makeRun(test.db);

    const rows = await insertPredictedScores(test.db, run.run_id, PREDICTED);

    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.actual_score === null && row.calibration_gap === null)).toBe(true);
    expect(rows.find((row) => row.criterion === 'correctness')?.reasoning).toBe('two of three fixed');
  });

  it('inserts nothing for an empty list', async () => {
    const run = await makeRun(test.db);

    const rows = await insertPredictedScores(test.db, run.run_id, []);

    expect(rows).toEqual([]);
  });

  it('records actual scores with calibration_gap = actual - predicted', async () => {
    const run = await makeRun(test.db);
    await insertPredictedScores(test.db, run.run_id, PREDICTED);

    await recordActualScores(test.db, run.run_id, { correctness: 36, speed: 0 });
    const rows = await listBenchmarkScores(test.db, run.run_id);

    expect(rows.map((row) => [row.criterion, row.actual_score, row.calibration_gap])).toEqual([
      ['correctness', 36, 6],
      ['speed', 0, -10],
    ]);
  });

  it('writes nothing when one criterion is unknown', async () => {
    const run = await makeRun(test.db);
    await insertPredictedScores(test.db, run.run_id, PREDICTED);

    const attempt = recordActualScores(test.db, run.run_id, { correctness: 20, style: 5 });

    await expect(attempt).rejects.toBeInstanceOf(RecordNotFoundError);
    const rows = await listBenchmarkScores(test.db, run.run_id);
    expect(rows.every((row) => row.actual_score === null)).toBe(true);
  });

  it('inserts no row when one predicted score is invalid', async () => {
    const run = await makeRun(test.db);

    const attempt = insertPredictedScores(test.db, run.run_id, [
      PREDICTED[0],
      { criterion: 'x'.repeat(81), max_points: 1, predicted_score: 1 },
    ]);

    await expect(attempt).rejects.toThrow();
    expect(await listBenchmarkScores(test.db, run.run_id)).toEqual([]);
  });
});
