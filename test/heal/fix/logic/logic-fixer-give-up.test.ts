import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicCases } from '../../../../bench/corpus/logic-cases.ts';
import { logicMutationFixer } from '../../../../src/heal/fix/logic/logic-mutation-fixer.ts';
import type { Fixer, FixResult } from '../../../../src/heal/types.ts';
import { setUpCheck, type LocaliseSetup } from '../../../helpers/check-workspace.ts';

const CASE = logicCases().find((c) => c.name === 'py-logic-give-up-frequencies')!;
const BUDGET = { timeMs: 25_000, maxCandidates: 60 };

describe('logicMutationFixer on a bug no small edit fixes', () => {
  let setup: LocaliseSetup;
  let fixer: Fixer;
  let result: FixResult;
  let tookMs: number;

  beforeAll(async () => {
    setup = await setUpCheck(CASE.files, 'python -m pytest -q', 'pytest', 'python');
    fixer = logicMutationFixer(setup.runner, BUDGET);
    const started = Date.now();
    result = await fixer.fix(setup.logic[0], setup.workspace);
    tookMs = Date.now() - started;
  }, 90_000);

  afterAll(async () => {
    await setup.cleanup();
  });

  it('declines within its budget, saying what it tried', () => {
    expect(result.kind).toBe('decline');
    const reason = result.kind === 'decline' ? result.reason : '';
    expect(reason).toMatch(/^no edit of up to two mutations made the tests pass: .*\d+ of \d+ candidate\(s\) on \d+ line\(s\) run in/);
    expect(reason).toContain('python-trace localisation');
    // The budget bounds the search; the check's first run comes on top.
    expect(tookMs).toBeLessThan(BUDGET.timeMs + 15_000);
  });

  it('answers again at once for the same failures on the same code', async () => {
    const started = Date.now();

    const again = await fixer.fix(setup.logic[0], setup.workspace);

    expect(again.kind).toBe('decline');
    expect(again.kind === 'decline' ? again.reason : '').toContain('searched earlier');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
