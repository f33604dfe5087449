import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScratchDatabase, openTestPglite, type Backend, type TestDatabase } from '../../helpers/test-db.ts';
import {
  getStrategyWeights,
  listStrategyWeights,
  recordStrategyOutcome,
  seedStrategyWeights,
  weightSetOf,
} from '../../../src/store/queries/strategy-weights.ts';
import { evolveWeights, INITIAL_WEIGHTS } from '../../../src/store/strategy-weights-math.ts';
import { BUG_TYPES } from '../../../src/heal/types.ts';

describe.each<Backend>(['postgres', 'pglite'])('strategy_weights queries on %s', (backend) => {
  let test: TestDatabase;
  beforeAll(async () => {
    // A database of its own: the rows are global per bug type, other test files would move them.
    test = backend === 'postgres' ? await openScratchDatabase({ migrate: true }) : await openTestPglite();
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it('gives the initial weights for every bug type before anything is seeded', async () => {
    const weights = await getStrategyWeights(test.db);

    expect(Object.keys(weights).sort()).toEqual([...BUG_TYPES].sort());
    expect(weights.LOGIC).toEqual(INITIAL_WEIGHTS);
  });

  it('seeds one row per bug type once; seeding again adds nothing', async () => {
    const first = await seedStrategyWeights(test.db);
    const second = await seedStrategyWeights(test.db);
    const rows = await listStrategyWeights(test.db);

    expect(first).toBe(6);
    expect(second).toBe(0);
    expect(rows.map((row) => row.bug_type)).toEqual([...BUG_TYPES].sort());
    expect(rows.every((row) => row.generation === 0 && row.total_attempts === 0 && row.last_evolved_at === null)).toBe(true);
    expect(weightSetOf(rows[0])).toEqual(INITIAL_WEIGHTS);
  });

  it('records an outcome: counts it, evolves the weights, bumps the generation', async () => {
    const before = (await getStrategyWeights(test.db)).IMPORT;

    const success = await recordStrategyOutcome(test.db, 'IMPORT', 'kb_lookup', true);
    const failure = await recordStrategyOutcome(test.db, 'IMPORT', 'rule_first', false);

    const expected = evolveWeights(evolveWeights(before, 'kb_lookup', true), 'rule_first', false);
    expect(success.total_attempts).toBe(1);
    expect(success.total_successes).toBe(1);
    expect(failure.total_attempts).toBe(2);
    expect(failure.total_successes).toBe(1);
    expect(failure.generation).toBe(2);
    expect(failure.last_evolved_at).toBeInstanceOf(Date);
    const stored = (await getStrategyWeights(test.db)).IMPORT;
    for (const [name, value] of Object.entries(expected)) expect(stored[name as keyof typeof stored]).toBeCloseTo(value, 12);
  });

  it('leaves the other bug types alone', async () => {
    await recordStrategyOutcome(test.db, 'SYNTAX', 'llm_single', true);

    const weights = await getStrategyWeights(test.db);

    expect(weights.INDENTATION).toEqual(INITIAL_WEIGHTS);
  });

  it('loses no outcome when ten are recorded at once', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => recordStrategyOutcome(test.db, 'TYPE_ERROR', 'llm_consensus', i % 2 === 0)),
    );

    const row = (await listStrategyWeights(test.db)).find((r) => r.bug_type === 'TYPE_ERROR');

    expect(row?.total_attempts).toBe(10);
    expect(row?.total_successes).toBe(5);
    expect(row?.generation).toBe(10);
  });
});
