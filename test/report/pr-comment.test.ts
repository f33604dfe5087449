import { describe, expect, it } from 'vitest';
import {
  codeFence,
  codeSpan,
  MAX_COMMENT_CHARS,
  renderLivePrComment,
  renderPrComment,
  STICKY_MARKER,
} from '../../src/report/pr-comment.ts';
import { manyFixes, sampleResults } from './sample-results.ts';

describe('renderPrComment', () => {
  it('starts with the hidden marker and the status', () => {
    const body = renderPrComment(sampleResults());

    expect(STICKY_MARKER).toBe('<!-- rift:sticky -->');
    expect(body.split('\n').slice(0, 2)).toEqual(['<!-- rift:sticky -->', '### ✅ RIFT: PASSED']);
  });

  it('lists each fix line verbatim with its mark and status', () => {
    const results = sampleResults();
    results.fixes[1].status = 'rolled_back';

    const body = renderPrComment(results);

    expect(body).toContain('- ✓ `LINTING error in src/utils.py line 15 → Fix: remove the import statement` (applied)');
    expect(body).toContain(
      '- ✗ `LOGIC error in src/cart/total.py line 42 → Fix: change the comparison operator from > to >=` (rolled_back)',
    );
  });

  it('shows the score breakdown, the counts and the CI iterations out of the retry limit', () => {
    const results = { ...sampleResults(), total_iterations: 3 };

    const body = renderPrComment(results);

    expect(body).toContain('**Score 110**: base 100 + speed bonus 10 - efficiency penalty 0 = 110');
    expect(body).toContain('3 failures · 2 fixes · 2 commits · 2m 05s');
    expect(body).toContain('CI timeline: 3/5 iterations');
    expect(body).toContain('| 1/5 | failed | 2025-01-31 14:03:02 UTC |');
  });

  it('links the fix pull request, or names the fix branch when there is none', () => {
    const url = 'https://github.com/octo-org/shop-api/pull/7';

    const withPullRequest = renderPrComment(sampleResults(), { fixPullRequestUrl: url });
    const withoutPullRequest = renderPrComment(sampleResults());

    expect(withPullRequest).toContain(`**Fix pull request:** ${url}`);
    expect(withoutPullRequest).toContain('**Fix branch:** `CODE_WARRIORS_ADA_LOVELACE_AI_Fix`');
  });

  it('ends with results.json in a collapsible block that parses back to the results', () => {
    const results = sampleResults();

    const body = renderPrComment(results);

    const block = body.slice(body.indexOf('<details><summary>results.json</summary>'));
    expect(block.endsWith('```\n\n</details>')).toBe(true);
    const json = block.slice(block.indexOf('```json\n') + '```json\n'.length, block.lastIndexOf('\n```'));
    expect(JSON.parse(json)).toEqual(results);
  });

  it('says why a run was quarantined or failed, in a code span', () => {
    const quarantined = { ...sampleResults(), final_status: 'QUARANTINED' as const, quarantine_reason: 'test_clock flipped' };
    const failed = { ...sampleResults(), final_status: 'FAILED' as const, failure_reason: 'retry limit reached' };

    expect(renderPrComment(quarantined)).toContain('### ⚠️ RIFT: QUARANTINED');
    expect(renderPrComment(quarantined)).toContain('Quarantined: `test_clock flipped`');
    expect(renderPrComment(failed)).toContain('### ❌ RIFT: FAILED');
    expect(renderPrComment(failed)).toContain('Reason: `retry limit reached`');
  });

  it('keeps a huge run under GitHub limit by dropping the JSON, then shortening the list', () => {
    const results = { ...sampleResults(), fixes: manyFixes(600), total_fixes: 600 };

    const body = renderPrComment(results);

    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toContain('too long for a comment');
    expect(body).toContain('- … and 500 more (all are in results.json)');
  });

  it('renders the live variant when the run is in progress', () => {
    const body = renderPrComment(sampleResults(), { live: { node: 'verify', iteration: 2 } });

    expect(body.startsWith(`${STICKY_MARKER}\n### ⏳ RIFT is healing\n\nStep \`verify\`, iteration 2/5.`)).toBe(true);
    expect(body).toContain('#### Fixes so far');
    expect(body).not.toContain('results.json</summary>');
    expect(body).not.toContain('**Score');
  });
});

describe('renderLivePrComment', () => {
  it('shows the step, the iteration and that no fixes are made yet', () => {
    const body = renderLivePrComment({ runId: 'r-1', branchName: 'T_L_AI_Fix', node: 'detect', iteration: 1, fixes: [] });

    expect(body).toContain('Step `detect`, iteration 1.');
    expect(body).toContain('_No fixes._');
  });
});

describe('markdown escapes', () => {
  it('code spans keep untrusted text verbatim, backticks included', () => {
    expect(codeSpan('ping @octocat #1')).toBe('`ping @octocat #1`');
    expect(codeSpan('use `x` here')).toBe('``use `x` here``');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });

  it('code fences outlast any backtick run inside', () => {
    expect(codeFence('a ```` b', 'json')).toBe('`````json\na ```` b\n`````');
  });
});
