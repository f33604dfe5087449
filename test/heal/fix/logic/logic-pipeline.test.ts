import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicCases } from '../../../../bench/corpus/logic-cases.ts';
import type { HealOutcome } from '../../../../src/heal/pipeline.ts';
import { listTraces } from '../../../../src/store/index.ts';
import { makeRepo, type TestRepo } from '../../../helpers/git-repo.ts';
import { openHealHarness } from '../../../helpers/heal-harness.ts';

const CASE = logicCases().find((c) => c.name === 'py-logic-fibonacci-dp')!;
const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';

describe('healing a Python LOGIC bug end to end (localisation, mutation search, gate, CI round)', () => {
  let repo: TestRepo;
  let harness: Awaited<ReturnType<typeof openHealHarness>>;
  let outcome: HealOutcome;

  beforeAll(async () => {
    harness = await openHealHarness();
    repo = makeRepo(CASE.files);
    outcome = await harness.heal(repo.dir);
  }, 120_000);

  afterAll(async () => {
    repo.cleanup();
    await harness.cleanup();
  });

  it('ends PASSED with one LOGIC fix in the fix-line form, at the bug line', () => {
    expect(outcome.results.final_status).toBe('PASSED');
    const applied = outcome.results.fixes.filter((f) => f.status === 'applied');
    expect(applied).toHaveLength(1);
    expect(applied[0].bug_type).toBe('LOGIC');
    expect(applied[0].fix_line).toMatch(/^LOGIC error in src\/dynamic\/fib\.py line 6 → Fix: change `range\(2, n\)` to `range\(2, n \+ 1\)`$/);
  });

  it('changes only the code under test on the fix branch', () => {
    const changed = repo.git('diff', '--name-only', `main...${BRANCH}`).trim().split('\n');

    expect(changed).toEqual(['src/dynamic/fib.py']);
    expect(repo.git('show', `${BRANCH}:src/dynamic/fib.py`)).toContain('    for i in range(2, n + 1):\n');
  });

  it('records how the search found the patch in the trace', async () => {
    const traces = await listTraces(harness.db, outcome.results.run_id);

    const proposed = traces.filter((t) => t.action_type === 'propose_patch');

    expect(proposed).toHaveLength(1);
    expect(proposed[0].payload).toMatchObject({ fixer: 'logic-mutation', strategy: 'rule_first' });
    expect(proposed[0].thought_text).toMatch(/^Mutation search \(python-trace localisation.*candidate\(s\).*Winner: change `range\(2, n\)` to `range\(2, n \+ 1\)` at src\/dynamic\/fib\.py line 6/);
  });
});
