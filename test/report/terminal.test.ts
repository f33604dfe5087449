import { describe, expect, it } from 'vitest';
import {
  renderArtifactPaths,
  renderCiTimeline,
  renderFixes,
  renderHeader,
  renderScore,
  renderSummary,
  renderUnresolved,
} from '../../src/report/terminal.ts';
import { sampleResults } from './sample-results.ts';

describe('terminal summary', () => {
  it('opens with the status, repository, team, branch and counts', () => {
    const results = sampleResults();

    const lines = renderHeader(results);

    expect(lines).toEqual([
      'RIFT healing run 0b7f3c9e-2f4a-4c1d-9e57-8a1b2c3d4e5f: PASSED',
      '  repository  https://github.com/octo-org/shop-api',
      '  team        Code Warriors (leader Ada Lovelace)',
      '  branch      CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
      '  failures 3 · fixes 2 · commits 2 · time 2m 05s',
    ]);
  });

  it('adds the quarantine and failure reasons when there are any', () => {
    const results = { ...sampleResults(), quarantine_reason: 'test_clock flipped', failure_reason: 'retry limit reached' };

    const lines = renderHeader(results);

    expect(lines.slice(-2)).toEqual(['  quarantined: test_clock flipped', '  reason: retry limit reached']);
  });

  it('prints each fix line with its mark and status', () => {
    const fixes = sampleResults().fixes;
    fixes[1].status = 'rolled_back';

    const lines = renderFixes(fixes);

    expect(lines).toEqual([
      'Fixes',
      '  ✓ LINTING error in src/utils.py line 15 → Fix: remove the import statement [applied]',
      '  ✗ LOGIC error in src/cart/total.py line 42 → Fix: change the comparison operator from > to >= [rolled_back]',
    ]);
  });

  it('says so when there are no fixes', () => {
    expect(renderFixes([])).toEqual(['Fixes', '  (none)']);
  });

  it('shows the score as its sum', () => {
    const lines = renderScore({ base: 100, speed_bonus: 0, efficiency_penalty: 4, total: 96 });

    expect(lines).toEqual(['Score', '  base 100 + speed bonus 0 - efficiency penalty 4 = 96']);
  });

  it('aligns the CI timeline and marks regressions', () => {
    const ciLog = [
      { iteration: 1, status: 'failed' as const, timestamp: '2025-01-31T14:03:02Z', regression: true },
      { iteration: 2, status: 'passed' as const, timestamp: '2025-01-31T14:05:09Z', regression: false },
    ];

    const lines = renderCiTimeline(ciLog, 5);

    expect(lines).toEqual([
      'CI timeline',
      '  iteration 1/5  failed (regression)  2025-01-31 14:03:02 UTC',
      '  iteration 2/5  passed               2025-01-31 14:05:09 UTC',
    ]);
  });

  it('lists unresolved failures with their reason, and nothing when there are none', () => {
    const unresolved = sampleResults().unresolved!;

    const lines = renderUnresolved(unresolved);

    expect(lines).toEqual([
      'Unresolved',
      '  ✗ UNCLASSIFIED src/legacy/report.py line 7: RuntimeError: database unavailable (no fixer for this failure)',
    ]);
    expect(renderUnresolved([])).toEqual([]);
  });

  it('lists the artifact paths and a PDF failure', () => {
    const paths = { resultsPath: 'outputs/r/results.json', pdfError: new Error('font missing') };

    const lines = renderArtifactPaths(paths);

    expect(lines).toEqual(['Artifacts', '  results.json  outputs/r/results.json', '  report.pdf    not written: font missing']);
  });

  it('joins the sections with blank lines, artifacts last', () => {
    const results = sampleResults();

    const lines = renderSummary(results, { resultsPath: 'o/results.json', pdfPath: 'o/report.pdf' });

    expect(lines.filter((line) => line === '').length).toBe(5);
    expect(lines).toContain('  ✓ LINTING error in src/utils.py line 15 → Fix: remove the import statement [applied]');
    expect(lines.slice(-3)).toEqual(['Artifacts', '  results.json  o/results.json', '  report.pdf    o/report.pdf']);
  });
});
