import { describe, expect, it } from 'vitest';
import { MAX_CHECK_TEXT } from '../../src/github/check-run-types.ts';
import { fixAnnotation, renderCheckRun, renderLiveCheckRun } from '../../src/report/check-run.ts';
import type { FinalStatus } from '../../src/heal/types.ts';
import { manyFixes, sampleResults } from './sample-results.ts';

describe('renderCheckRun', () => {
  it('maps the final status to the conclusion', () => {
    const conclusions = (['PASSED', 'FAILED', 'QUARANTINED'] as FinalStatus[]).map(
      (status) => renderCheckRun({ ...sampleResults(), final_status: status }).conclusion,
    );

    expect(conclusions).toEqual(['success', 'failure', 'neutral']);
  });

  it('titles the run with its status, fixes and score', () => {
    expect(renderCheckRun(sampleResults()).title).toBe('PASSED: 2 fixes, score 110');
  });

  it('summarises the score breakdown, the fix lines and the CI iterations out of the limit', () => {
    const { summary } = renderCheckRun({ ...sampleResults(), total_iterations: 3 });

    expect(summary).toContain('### ✅ RIFT: PASSED');
    expect(summary).toContain('**Score 110**: base 100 + speed bonus 10 - efficiency penalty 0 = 110');
    expect(summary).toContain('- ✓ `LINTING error in src/utils.py line 15 → Fix: remove the import statement` (applied)');
    expect(summary).toContain('CI timeline: 3/5 iterations');
  });

  it('details the CI timeline, what is unresolved and the checks run in the text', () => {
    const { text } = renderCheckRun(sampleResults());

    expect(text).toContain('| 2/5 | passed | 2025-01-31 14:05:09 UTC |');
    expect(text).toContain('- ✗ `UNCLASSIFIED src/legacy/report.py line 7`: `RuntimeError: database unavailable` (no fixer for this failure)');
    expect(text).toContain('- `pytest -q` in `.`');
  });

  it('annotates every fix at its file and line, with the fix line and the bug type', () => {
    const { annotations } = renderCheckRun(sampleResults());

    expect(annotations).toEqual([
      {
        path: 'src/utils.py',
        start_line: 15,
        end_line: 15,
        annotation_level: 'notice',
        message: 'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
        title: 'LINTING',
      },
      {
        path: 'src/cart/total.py',
        start_line: 42,
        end_line: 42,
        annotation_level: 'notice',
        message: 'LOGIC error in src/cart/total.py line 42 → Fix: change the comparison operator from > to >=',
        title: 'LOGIC',
      },
    ]);
  });

  it('warns for fixes that are not in the branch, and never points at line 0', () => {
    const fix = sampleResults().fixes[0];
    const levels = (['failed', 'rolled_back', 'skipped', 'applied'] as const).map(
      (status) => fixAnnotation({ ...fix, status }).annotation_level,
    );

    const fileLevel = fixAnnotation({ ...fix, line_number: 0, file: './src\\utils.py' });

    expect(levels).toEqual(['warning', 'warning', 'warning', 'notice']);
    expect([fileLevel.path, fileLevel.start_line, fileLevel.end_line]).toEqual(['src/utils.py', 1, 1]);
  });

  it('keeps one annotation per fix and the summary within GitHub limit on a huge run', () => {
    const results = { ...sampleResults(), fixes: manyFixes(2000), total_fixes: 2000 };

    const report = renderCheckRun(results);

    expect(report.annotations).toHaveLength(2000);
    expect(report.summary.length).toBeLessThanOrEqual(MAX_CHECK_TEXT);
    expect(report.summary).toMatch(/- … and \d+ more \(all are in results\.json\)/);
  });
});

describe('renderLiveCheckRun', () => {
  it('shows the step, the iteration out of the limit and the fixes so far', () => {
    const fixes = sampleResults().fixes.slice(0, 1);

    const report = renderLiveCheckRun({ runId: 'r-1', branchName: 'T_L_AI_Fix', node: 'fix', iteration: 2, retryLimit: 5, fixes });

    expect(report.title).toBe('Healing: fix, 1 fix so far');
    expect(report.summary).toContain('Step `fix`, iteration 2/5.');
    expect(report.summary).toContain('- ✓ `LINTING error in src/utils.py line 15 → Fix: remove the import statement` (applied)');
  });
});
