// Objection model of `benchmark_scores`. Bind it per call (BenchmarkScore.query(db)); there is no global knex.
import { Model } from 'objection';

export class BenchmarkScore extends Model {
  static override tableName = 'benchmark_scores';
  static override idColumn = 'bench_id';

  declare bench_id: string;
  declare run_id: string;
  declare criterion: string;
  declare max_points: number;
  declare predicted_score: number;
  declare actual_score: number | null;
  /** actual_score - predicted_score, once the actual score is known. */
  declare calibration_gap: number | null;
  declare reasoning: string | null;
  declare scored_at: Date;
}
