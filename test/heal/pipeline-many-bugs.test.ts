import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealOutcome } from '../../src/heal/pipeline.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonManyBugs } from '../helpers/broken-repos.ts';

const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';

describe('healing six bugs of five types in one Python package, one hidden behind a syntax error', () => {
  let harness: Awaited<ReturnType<typeof openHealHarness>>;
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    harness = await openHealHarness();
    repo = makeRepo(pythonManyBugs());
    outcome = await harness.heal(repo.dir);
  }, 240_000);

  afterAll(async () => {
    repo.cleanup();
    await harness.cleanup();
  });

  it('ends PASSED with every fix applied, the syntax error first', () => {
    const applied = outcome.results.fixes.filter((f) => f.status === 'applied');

    expect(outcome.results.final_status).toBe('PASSED');
    expect(applied[0].fix_line).toBe('SYNTAX error in src/inventory/stock.py line 8 → Fix: add the colon at the correct position');
    expect(new Set(applied.map((f) => f.bug_type))).toEqual(new Set(['SYNTAX', 'IMPORT', 'INDENTATION', 'LINTING', 'TYPE_ERROR']));
    expect(applied).toHaveLength(6);
    expect(outcome.results.total_failures).toBe(6);
  });

  it('fixes the misspelt module the syntax error hid, and the str + int only a test showed', () => {
    const lines = outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.fix_line);

    expect(lines).toContain("IMPORT error in src/inventory/stock.py line 1 → Fix: correct the module name to 'json'");
    expect(lines.some((l) => l!.startsWith('TYPE_ERROR error in src/inventory/report.py line 7 → Fix: convert'))).toBe(true);
  });

  it('touches no test file, and commits each fix with [AI-AGENT]', () => {
    const changed = repo.git('diff', '--name-only', `main..${BRANCH}`).trim().split('\n');
    const subjects = repo.git('log', '--format=%s', `main..${BRANCH}`).trim().split('\n');

    expect(changed.sort()).toEqual(['src/inventory/report.py', 'src/inventory/stock.py']);
    expect(subjects).toHaveLength(6);
    expect(subjects.every((s) => s.startsWith('[AI-AGENT] '))).toBe(true);
  });
});
