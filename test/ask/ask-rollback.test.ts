// "Ask the run" on a run whose CI caught a regression and rolled the fix back: the answers come from
// the failing CI event, its revert step and the rolled-back fix, as the real pipeline recorded them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askRun, loadRunRecord, type RunRecord } from '../../src/ask/index.ts';
import { carelessImportRemover } from '../helpers/careless-fixer.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonClean } from '../helpers/broken-repos.ts';

let harness: Awaited<ReturnType<typeof openHealHarness>>;
let record: RunRecord;

beforeAll(async () => {
  harness = await openHealHarness();
  const files = pythonClean();
  files['src/shop/prices.py'] = `import json\n${files['src/shop/prices.py']}`;
  const repo = makeRepo(files);
  const outcome = await harness.heal(repo.dir, { maxIterations: 1 }, { fixers: [carelessImportRemover] });
  repo.cleanup();
  record = (await loadRunRecord(harness.db, outcome.results.run_id))!;
}, 180_000);

afterAll(() => harness.cleanup());

describe('asking a run whose CI rolled a fix back', () => {
  it('answers "what failed in iteration 1?" with the regression and the rollback, citing the revert', async () => {
    const event = record.ciEvents.find((row) => row.iteration === 1)!;
    const revert = record.traces.find((t) => t.action_type === 'revert' && t.related_ci_event_id === event.event_id)!;
    const closed = record.traces.find((t) => t.action_type === 'ci_failed' && t.related_ci_event_id === event.event_id)!;
    expect(event).toMatchObject({ regression_detected: true, rollback_triggered: true });

    const result = await askRun({ record, question: 'what failed in iteration 1?' });

    const cited = result.citations.map((c) => c.stepIndex);
    expect(cited).toContain(revert.step_index);
    expect(cited).toContain(closed.step_index);
    expect(result.answer).toContain(`CI iteration 1 ${event.status}`);
    expect(result.answer).toContain('A regression was detected');
    expect(result.answer).toContain(revert.thought_text!.replace(/\.$/, ''));
    const test = record.traces.flatMap((t) => (t.payload as { failures?: Array<{ test?: string }> } | null)?.failures ?? []).find((f) => f.test)!.test!;
    expect(result.answer).toContain(`A regression was detected (a check that passed before failed): ${test}.`);
  });

  it('answers "why did you change line N?" for the rolled-back fix with its reason and its rollback', async () => {
    const fix = record.fixes.find((row) => row.status === 'rolled_back')!;
    const propose = record.traces.find((t) => t.related_fix_id === fix.fix_id && t.action_type === 'propose_patch')!;
    const revert = record.traces.find((t) => t.action_type === 'revert')!;

    const result = await askRun({ record, question: `why did you change line ${fix.line_number} of ${fix.file_path}?` });

    const cited = result.citations.map((c) => c.stepIndex);
    expect(cited).toContain(propose.step_index);
    expect(cited).toContain(revert.step_index);
    expect(result.answer).toContain(propose.thought_text!.replace(/\.$/, ''));
    expect(result.answer).toContain('It was later rolled back');
  });

  it('answers "what failed?" with the failing iteration and the fix that was not kept', async () => {
    const fix = record.fixes.find((row) => row.status === 'rolled_back')!;

    const result = await askRun({ record, question: 'What failed?' });

    expect(result.answer).toMatch(/^CI iteration 1 failed/);
    expect(result.answer).toContain(`${fix.bug_type} error in ${fix.file_path} line ${fix.line_number} → Fix: ${fix.fix_description} (rolled back)`);
  });
});
