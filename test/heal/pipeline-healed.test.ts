import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { listCiEvents, listFixes, listTraces, getRun, listBenchmarkScores } from '../../src/store/index.ts';
import { validateResults } from '../../src/report/results.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';
import type { HealOutcome } from '../../src/heal/pipeline.ts';

describe('healing a Python repository with a syntax error and an unused import', () => {
  let db: Knex;
  let repo: TestRepo;
  let harness: Awaited<ReturnType<typeof openHealHarness>>;
  let outcome: HealOutcome;

  beforeAll(async () => {
    harness = await openHealHarness();
    db = harness.db;
    repo = makeRepo(pythonTwoBugs());
    outcome = await harness.heal(repo.dir);
  }, 120_000);

  afterAll(async () => {
    repo.cleanup();
    await harness.cleanup();
  });

  it('ends PASSED with both fixes in the exact fix-line form', () => {
    expect(outcome.results.final_status).toBe('PASSED');
    const lines = outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.fix_line);
    expect(lines).toEqual([
      'SYNTAX error in src/shop/rules.py line 1 → Fix: add the colon at the correct position',
      'LINTING error in src/shop/prices.py line 1 → Fix: remove the import statement',
    ]);
  });

  it('leaves the fix branch in the user repository with one [AI-AGENT] commit per fix, work tree untouched', () => {
    const log = repo.git('log', '--format=%s', 'main..CODE_WARRIORS_JOHN_DOE_AI_Fix').trim().split('\n');
    expect(log).toHaveLength(2);
    for (const subject of log) expect(subject.startsWith('[AI-AGENT] ')).toBe(true);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(readFileSync(`${repo.dir}/src/shop/rules.py`, 'utf8')).toContain('def is_free(price)\n');
    expect(repo.git('show', 'CODE_WARRIORS_JOHN_DOE_AI_Fix:src/shop/rules.py')).toBe('def is_free(price):\n    return price == 0\n');
  });

  it('writes a results.json that the published schema accepts, with the score of a fast run', () => {
    const written = JSON.parse(readFileSync(outcome.paths.resultsPath, 'utf8'));

    validateResults(written);

    expect(written.branch_name).toBe('CODE_WARRIORS_JOHN_DOE_AI_Fix');
    expect(written.total_fixes).toBe(2);
    // flake8, mypy and pytest all report the missing colon: one problem, counted once.
    expect(written.total_failures).toBe(2);
    expect(written.score).toEqual({ base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 });
    expect(written.checks!.map((c) => c.command)).toEqual(['flake8 src tests', 'mypy src', 'python -m pytest -q']);
    expect(written.ci_log).toHaveLength(1);
    expect(written.ci_log[0]).toMatchObject({ iteration: 1, status: 'passed', regression: false });
  });

  it('records the run, its fixes, its CI iteration, a gapless trace and the score calibration', async () => {
    const run = await getRun(db, outcome.results.run_id);
    const fixes = await listFixes(db, outcome.results.run_id);
    const events = await listCiEvents(db, outcome.results.run_id);
    const traces = await listTraces(db, outcome.results.run_id);
    const scores = await listBenchmarkScores(db, outcome.results.run_id);

    expect(run).toMatchObject({ status: 'passed', total_fixes: 2, total_commits: 2, total_iterations: 1, final_score: 110 });
    expect(run!.end_time).not.toBeNull();
    expect(fixes.map((f) => f.status)).toEqual(['applied', 'applied']);
    expect(fixes.every((f) => f.commit_sha && f.commit_message?.startsWith('[AI-AGENT] '))).toBe(true);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ iteration: 1, status: 'passed', regression_detected: false });
    expect(traces.map((t) => t.step_index)).toEqual(traces.map((_, i) => i));
    expect(traces.every((t) => t.action_label.length > 0)).toBe(true);
    // Each kept patch's verification run is timed, like every run of a check.
    const verified = traces.filter((t) => t.action_type === 'patch_verified');
    expect(verified).toHaveLength(2);
    expect(verified.every((t) => (t.payload as { durationMs: number }).durationMs > 0)).toBe(true);
    expect(scores.find((s) => s.criterion === 'total')).toMatchObject({ actual_score: 110 });
  });
});
