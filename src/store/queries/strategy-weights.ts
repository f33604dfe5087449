// Queries of `strategy_weights`: one row per bug type, seeded once, evolved by each fix outcome.
import type { Knex } from 'knex';
import { BUG_TYPES, type BugType } from '../../heal/types.ts';
import { StrategyWeight } from '../models/strategy-weight.ts';
import { evolveWeights, INITIAL_WEIGHTS, type EvolveOptions } from '../strategy-weights-math.ts';
import type { StrategyName, StrategyWeightSet } from '../types.ts';

/** Inserts the initial weights for each bug type that has no row yet; returns how many were added. */
export async function seedStrategyWeights(db: Knex): Promise<number> {
  const rows = BUG_TYPES.map((bugType) => ({
    bug_type: bugType,
    ...toColumns(INITIAL_WEIGHTS),
    total_attempts: 0,
    total_successes: 0,
    generation: 0,
  }));
  const inserted = await db('strategy_weights').insert(rows).onConflict('bug_type').ignore().returning('bug_type');
  return inserted.length;
}

/** Every bug type's row, by bug type. */
export async function listStrategyWeights(db: Knex): Promise<StrategyWeight[]> {
  return StrategyWeight.query(db).orderBy('bug_type');
}

/** The weights per bug type; a bug type without a row gets the initial weights. */
export async function getStrategyWeights(db: Knex): Promise<Record<BugType, StrategyWeightSet>> {
  const rows = await listStrategyWeights(db);
  const result = {} as Record<BugType, StrategyWeightSet>;
  for (const bugType of BUG_TYPES) result[bugType] = { ...INITIAL_WEIGHTS };
  for (const row of rows) result[row.bug_type] = weightSetOf(row);
  return result;
}

/** Records one outcome of a strategy on a bug type and evolves that bug type's weights (one generation). */
export async function recordStrategyOutcome(
  db: Knex,
  bugType: BugType,
  strategy: StrategyName,
  success: boolean,
  opts: EvolveOptions = {},
): Promise<StrategyWeight> {
  return db.transaction(async (trx) => {
    await seedStrategyWeights(trx);
    // The row lock makes concurrent outcomes of one bug type apply one after the other.
    const row = await StrategyWeight.query(trx).findOne({ bug_type: bugType }).forUpdate();
    if (!row) throw new Error(`strategy_weights row for ${bugType} missing after seeding`);
    const weights = evolveWeights(weightSetOf(row), strategy, success, opts);
    return StrategyWeight.query(trx).patchAndFetchById(row.weight_id, {
      ...toColumns(weights),
      total_attempts: row.total_attempts + 1,
      total_successes: row.total_successes + (success ? 1 : 0),
      generation: row.generation + 1,
      last_evolved_at: new Date(),
    });
  });
}

/** The four weights of a row as a plain set. */
export function weightSetOf(row: StrategyWeight): StrategyWeightSet {
  return {
    rule_first: row.strategy_rule_first,
    kb_lookup: row.strategy_kb_lookup,
    llm_single: row.strategy_llm_single,
    llm_consensus: row.strategy_llm_consensus,
  };
}

function toColumns(weights: StrategyWeightSet) {
  return {
    strategy_rule_first: weights.rule_first,
    strategy_kb_lookup: weights.kb_lookup,
    strategy_llm_single: weights.llm_single,
    strategy_llm_consensus: weights.llm_consensus,
  };
}
