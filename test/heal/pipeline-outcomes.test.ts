import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCiEvents, listFixes, getRun, listTraces } from '../../src/store/index.ts';
import type { Fixer } from '../../src/heal/types.ts';
import { defaultFixers } from '../../src/heal/fix/registry.ts';
import { carelessImportRemover } from '../helpers/careless-fixer.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonClean, pythonSyntaxHidingLogic } from '../helpers/broken-repos.ts';

let harness: Awaited<ReturnType<typeof openHealHarness>>;

beforeAll(async () => {
  harness = await openHealHarness();
});

afterAll(() => harness.cleanup());

/** A fixer that "fixes" a failing test by editing the test's expectation: the gate must refuse it. */
const testEditor: Fixer = {
  name: 'test-expectation-editor',
  strategy: 'rule_first',
  bugTypes: ['LOGIC'],
  languages: ['python'],
  async fix(failure, workspace) {
    const file = 'tests/test_shop.py';
    const before = (await workspace.readText(file))!;
    const after = before.replace('assert is_free(0)', 'assert not is_free(0)');
    return { kind: 'patch', patch: { edits: [{ file, before, after }], description: 'change the expectation', confidence: 0.9, reason: 'test fixer' } };
  },
};

/** A fixer that deletes the function whose result is wrong. */
const deleter: Fixer = {
  name: 'function-deleter',
  strategy: 'rule_first',
  bugTypes: ['LOGIC'],
  languages: ['python'],
  async fix(failure, workspace) {
    const file = 'src/shop/rules.py';
    const before = (await workspace.readText(file))!;
    return { kind: 'patch', patch: { edits: [{ file, before, after: '' }], description: 'delete the function', confidence: 0.9, reason: 'test fixer' } };
  },
};

/** An LLM-strategy fixer with nothing to offer: it only has to be asked. */
const silentModel: Fixer = {
  name: 'silent-model',
  strategy: 'llm_single',
  bugTypes: ['LINTING'],
  languages: ['python'],
  async fix() {
    return { kind: 'decline', reason: 'no idea' };
  },
};

/** A fixer with a bug of its own: it throws. */
const broken: Fixer = {
  name: 'broken-fixer',
  strategy: 'rule_first',
  bugTypes: ['SYNTAX'],
  languages: ['python'],
  async fix() {
    throw new Error('tree went missing');
  },
};

describe('the healing loop', () => {
  it('survives a fixer that throws: the run goes on and the next fixer heals', async () => {
    const repo = makeRepo(pythonSyntaxHidingLogic());
    const fixers = [broken, ...defaultFixers()];

    const outcome = await harness.heal(repo.dir, { maxIterations: 1 }, { fixers });

    expect(outcome.abort).toBeNull();
    expect(outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.bug_type)).toEqual(['SYNTAX']);
    repo.cleanup();
  });

  it.each([
    ['edits a test', testEditor, /tests\/test_shop\.py is a test directory/],
    ['deletes a function', deleter, /deletes is_free from src\/shop\/rules\.py/],
  ])('refuses a patch that %s, and records why', async (_what, fixer, reason) => {
    const files = pythonClean();
    files['src/shop/rules.py'] = 'def is_free(price):\n    return price != 0\n';
    const repo = makeRepo(files);

    const outcome = await harness.heal(repo.dir, {}, { fixers: [fixer] });

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.fixes.map((f) => f.status)).toEqual(['failed']);
    expect(outcome.results.unresolved!.map((u) => u.reason).join('\n')).toMatch(reason);
    expect(repo.git('rev-list', '--count', 'main..CODE_WARRIORS_JOHN_DOE_AI_Fix').trim()).toBe('0');
    repo.cleanup();
  });

  it('explores: a lighter strategy is asked first, the trace says so, and the heaviest still fixes', async () => {
    const files = pythonClean();
    files['src/shop/prices.py'] = 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n';
    const repo = makeRepo(files);

    const outcome = await harness.heal(repo.dir, {}, { fixers: [silentModel, ...defaultFixers()], exploration: { rate: 1, random: () => 0 } });

    const plan = harness.steps.find((s) => s.runId === outcome.results.run_id && s.action === 'choose_strategy');
    const payload = plan!.payload as { order: string[]; explored: { promoted: string; over: string } | null };
    expect(payload.explored).not.toBeNull();
    expect(payload.order[0]).toBe(payload.explored!.promoted);
    expect([payload.explored!.promoted, payload.explored!.over].sort()).toEqual(['llm_single', 'rule_first']);
    expect(plan!.thought).toMatch(/^Exploring: /);
    expect(outcome.results.final_status).toBe('PASSED');
    repo.cleanup();
  });

  it('rolls back a commit that makes a passing check fail, with an [AI-AGENT] Revert commit', async () => {
    const files = pythonClean();
    files['src/shop/prices.py'] = 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n';
    const repo = makeRepo(files);

    const outcome = await harness.heal(repo.dir, {}, { fixers: [carelessImportRemover] });

    const runId = outcome.results.run_id;
    const events = await listCiEvents(harness.db, runId);
    const fixes = await listFixes(harness.db, runId);
    expect(events[0]).toMatchObject({ iteration: 1, regression_detected: true, rollback_triggered: true });
    expect(events[0].rollback_commit_sha).toMatch(/^[0-9a-f]{40}$/);
    expect(fixes.map((f) => f.status)).toContain('rolled_back');
    expect(outcome.results.ci_log[0].regression).toBe(true);
    // Every check run of the CI round (trial reverts included) belongs to its event; the baseline's to none.
    const traces = await listTraces(harness.db, runId);
    const ciStart = traces.find((t) => t.action_type === 'ci_run')!.step_index;
    const checks = traces.filter((t) => t.action_type === 'run_check');
    expect(checks.filter((t) => t.step_index > ciStart).every((t) => t.related_ci_event_id === events[0].event_id)).toBe(true);
    expect(checks.filter((t) => t.step_index > ciStart).length).toBeGreaterThan(1);
    expect(checks.filter((t) => t.step_index < ciStart).every((t) => t.related_ci_event_id === null)).toBe(true);
    const subjects = repo.git('log', '--format=%s', 'main..CODE_WARRIORS_JOHN_DOE_AI_Fix').trim().split('\n');
    expect(subjects[0]).toMatch(/^\[AI-AGENT\] Revert "\[AI-AGENT\] LINTING error in src\/shop\/prices.py line 1/);
    expect(repo.git('show', 'CODE_WARRIORS_JOHN_DOE_AI_Fix:src/shop/prices.py')).toContain('math.ceil(value)');
    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.total_commits).toBe(2);
    repo.cleanup();
  });

  it('quarantines a check that fails and then passes with no change', async () => {
    const repo = makeRepo({
      '.github/rift.yml': 'ci_command: sh flip.sh\n',
      'flip.sh': 'if [ -f .flipped ]; then rm .flipped; exit 0; else touch .flipped; echo "tests failed"; exit 1; fi\n',
      '.gitignore': '.flipped\n',
    });

    const outcome = await harness.heal(repo.dir);

    expect(outcome.results.final_status).toBe('QUARANTINED');
    expect(outcome.results.quarantine_reason).toMatch(/sh flip.sh/);
    const run = await getRun(harness.db, outcome.results.run_id);
    expect(run).toMatchObject({ status: 'quarantined' });
    expect(run!.quarantine_reason).toMatch(/flaky/);
    repo.cleanup();
  });

  it('ends FAILED at the retry limit when a fix reveals a failure no fixer can repair', async () => {
    const repo = makeRepo(pythonSyntaxHidingLogic());

    const outcome = await harness.heal(repo.dir, { maxIterations: 1 }, { fixers: defaultFixers() });

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.ci_log).toHaveLength(1);
    expect(outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.bug_type)).toEqual(['SYNTAX']);
    expect(outcome.results.unresolved!.some((u) => u.bug_type === 'LOGIC')).toBe(true);
    const run = await getRun(harness.db, outcome.results.run_id);
    expect(run).toMatchObject({ status: 'failed', total_iterations: 1, total_fixes: 1 });
    repo.cleanup();
  });
});
