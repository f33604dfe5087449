// End to end over real workspaces, real tools and the real database: a fix confirmed in one
// repository is recorded, then replayed in a second repository with the same bug under other names.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { kbLookupFixer } from '../../../../src/heal/fix/kb/kb-fixer.ts';
import type { ConfirmedFix } from '../../../../src/heal/fix/kb/learn-pattern.ts';
import { recordConfirmedPatterns } from '../../../../src/heal/fix/kb/record-patterns.ts';
import { storeKnowledgeBase } from '../../../../src/heal/fix/kb/store-knowledge-base.ts';
import { pyUnusedImportFixer } from '../../../../src/heal/fix/rule-first/py-unused-import.ts';
import { pytestParser } from '../../../../src/heal/parse/pytest.ts';
import type { Failure, FixResult, Patch } from '../../../../src/heal/types.ts';
import { findFixPatterns, listFixPatternsOfRun } from '../../../../src/store/queries/fix-patterns.ts';
import { openTestDatabase, type TestDatabase } from '../../../helpers/test-db.ts';
import { makeFix, makeRun } from '../../../store/factories.ts';
import { flake8, tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase();
});
afterAll(async () => {
  await test?.cleanup();
});

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(files: Record<string, string>): Promise<TempWorkspace> {
  const created = await tempWorkspace(files);
  workspaces.push(created);
  return created;
}

// pytest's failures in a workspace, through RIFT's own parser.
async function pytest(ws: TempWorkspace): Promise<{ passed: boolean; failures: Failure[] }> {
  // Without the installed plugins: a third of the start-up time, and the same output.
  const env = { PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1' };
  const run = await execa('python3', ['-m', 'pytest', '-p', 'no:cacheprovider'], { cwd: ws.dir, env, reject: false });
  return { passed: run.exitCode === 0, failures: pytestParser.parse(run.stdout, { repoRoot: ws.dir, cwd: '.', check: 'ci:pytest' }) };
}

function patchOf(result: FixResult): Patch {
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  return result.patch;
}

// Records a fix the way the pipeline does at the end of a run: a run row, a fixes row, the pattern.
async function recordFix(ws: TempWorkspace, failure: Failure, patch: Patch, fixer: string): Promise<{ runId: string; fixId: string }> {
  const run = await makeRun(test.db);
  const row = await makeFix(test.db, run.run_id, { bug_type: failure.bugType!, file_path: failure.file, line_number: failure.line, model_used: fixer });
  const fix: ConfirmedFix = {
    fixId: row.fix_id,
    failure,
    bugType: failure.bugType!,
    description: patch.description,
    strategy: 'rule_first',
    confidence: patch.confidence,
    edits: patch.edits,
  };
  const recorded = await recordConfirmedPatterns(test.db, { runId: run.run_id, fixes: [fix], reader: ws.reader });
  expect(recorded).toEqual({ recorded: [row.fix_id], known: [], skipped: [] });
  return { runId: run.run_id, fixId: row.fix_id };
}

describe('the knowledge base across repositories', () => {
  it('replays a confirmed unused-import fix on another file with other names', async () => {
    const first = await workspace({ 'app/cli.py': 'import os\nimport sys\n\nprint(sys.argv)\n' });
    const [firstFailure] = await flake8(first.dir, 'app/cli.py');
    const fixed = patchOf(await pyUnusedImportFixer().fix(firstFailure, first.reader));
    await first.apply(fixed);
    const source = await recordFix(first, firstFailure, fixed, 'py-unused-import');
    const second = await workspace({ 'tools/report.py': 'import re\nimport json\n\nprint(json.dumps({"a": 1}))\n' });
    const [secondFailure] = await flake8(second.dir, 'tools/report.py');

    const started = Date.now();
    const replayed = patchOf(await kbLookupFixer(storeKnowledgeBase(test.db)).fix(secondFailure, second.reader));
    const elapsedMs = Date.now() - started;
    await second.apply(replayed);

    expect(secondFailure.message).toBe("'re' imported but unused");
    expect(await second.read('tools/report.py')).toBe('import json\n\nprint(json.dumps({"a": 1}))\n');
    expect(await flake8(second.dir, 'tools/report.py')).toEqual([]);
    expect(replayed.reason).toContain(`pattern ${source.fixId} (learnt in run ${source.runId} by py-unused-import`);
    expect(elapsedMs).toBeLessThan(1000);
    const [pattern] = await listFixPatternsOfRun(test.db, source.runId);
    expect(pattern).toMatchObject({ pattern_id: source.fixId, hits: 1, bug_type: 'LINTING', language: 'python', tool: 'flake8', model_used: 'py-unused-import' });
  });

  it('replays a confirmed logic fix in the code another test calls, and not on a different bug', async () => {
    const statsTest = 'from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4, 6]) == 4\n';
    const buggyMean = 'def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / (len(xs) - 1)\n';
    const first = await workspace({ 'stats.py': buggyMean, 'test_stats.py': statsTest });
    const [firstFailure] = (await pytest(first)).failures;
    // The fix as LOGIC repair finds it: one token of the code under test.
    const fix: Patch = {
      edits: [{ file: 'stats.py', before: buggyMean, after: buggyMean.replace('(len(xs) - 1)', 'len(xs)') }],
      description: 'replace `(len(xs) - 1)` with `len(xs)`',
      confidence: 0.8,
      reason: 'mutation search',
    };
    await first.apply(fix);
    expect((await pytest(first)).passed).toBe(true);
    const source = await recordFix(first, firstFailure, fix, 'logic-mutation');
    const buggyAverage = 'def average(values):\n    acc = 0\n    for v in values:\n        acc += v\n    return acc / (len(values) - 1)\n';
    const metricsTest = 'from metrics import average\n\n\ndef test_average():\n    assert average([1, 2, 3]) == 2\n';
    const second = await workspace({ 'metrics.py': buggyAverage, 'test_metrics.py': metricsTest });
    const other = await workspace({ 'metrics.py': buggyAverage.replace('- 1)', '- 2)'), 'test_metrics.py': metricsTest });
    const [secondFailure] = (await pytest(second)).failures;
    const [otherFailure] = (await pytest(other)).failures;
    const fixer = kbLookupFixer(storeKnowledgeBase(test.db));

    const replayed = patchOf(await fixer.fix(secondFailure, second.reader));
    await second.apply(replayed);
    const declined = await fixer.fix(otherFailure, other.reader);

    expect(firstFailure).toMatchObject({ file: 'test_stats.py', line: 5, bugType: 'LOGIC', message: 'assert 6.0 == 4' });
    expect(secondFailure).toMatchObject({ file: 'test_metrics.py', line: 5, bugType: 'LOGIC', message: 'assert 3.0 == 2' });
    expect(replayed.edits.map((e) => e.file)).toEqual(['metrics.py']);
    expect(await second.read('metrics.py')).toBe(buggyAverage.replace('(len(values) - 1)', 'len(values)'));
    expect((await pytest(second)).passed).toBe(true);
    expect(replayed.description).toBe('replace `(len(values) - 1)` with `len(values)`');
    expect(replayed.reason).toContain(`learnt in run ${source.runId} by logic-mutation`);
    expect(declined).toMatchObject({ kind: 'decline', reason: expect.stringContaining('none fits here') });
    const [pattern] = await findFixPatterns(test.db, (await listFixPatternsOfRun(test.db, source.runId))[0].signature);
    expect(pattern).toMatchObject({ pattern_id: source.fixId, hits: 1 });
  });
});
