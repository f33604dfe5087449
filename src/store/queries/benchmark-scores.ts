// Queries of `benchmark_scores`: the scores predicted per criterion, then the actual ones and the gap.
import type { Knex } from 'knex';
import { raw } from 'objection';
import { BenchmarkScore } from '../models/benchmark-score.ts';
import { RecordNotFoundError } from '../errors.ts';

export interface PredictedScore {
  criterion: string;
  max_points: number;
  predicted_score: number;
  reasoning?: string | null;
}

/** Records the predicted score of each criterion of a run, all or none. */
export async function insertPredictedScores(
  db: Knex,
  runId: string,
  scores: readonly PredictedScore[],
): Promise<BenchmarkScore[]> {
  if (scores.length === 0) return [];
  return db.transaction(async (trx) =>
    BenchmarkScore.query(trx)
      .insert(scores.map((score) => ({ ...score, run_id: runId })))
      .returning('*'),
  );
}

/** Sets the actual score of each named criterion and calibration_gap = actual - predicted; all or none. */
export async function recordActualScores(
  db: Knex,
  runId: string,
  actuals: Readonly<Record<string, number>>,
): Promise<BenchmarkScore[]> {
  return db.transaction(async (trx) => {
    const updated: BenchmarkScore[] = [];
    for (const [criterion, actual] of Object.entries(actuals)) {
      const rows = await BenchmarkScore.query(trx)
        .where({ run_id: runId, criterion })
        .patch({ actual_score: actual, calibration_gap: raw('?::int - predicted_score', [actual]) })
        .returning('*');
      if (rows.length === 0) throw new RecordNotFoundError('benchmark_scores', `${runId}/${criterion}`);
      updated.push(...rows);
    }
    return updated;
  });
}

/** A run's benchmark rows by criterion. */
export async function listBenchmarkScores(db: Knex, runId: string): Promise<BenchmarkScore[]> {
  return BenchmarkScore.query(db).where({ run_id: runId }).orderBy('criterion');
}
