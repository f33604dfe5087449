// The title and body of the fix pull request: what RIFT changed on which pull request (or, for a run
// started from the dashboard, on which branch), in the same fix lines every other surface uses. Pure.
import { codeSpan, markdownFixList, markdownScore } from '../report/pr-comment.ts';
import type { Results } from '../report/results.ts';

export interface FixPullRequestContext {
  /** The healed pull request; absent for a run of a branch head (the dashboard's, on the default branch). */
  pullNumber?: number;
  /** The healed branch, which the fix pull request goes into. */
  headRef: string;
  headSha: string;
}

/** "RIFT: fix CI of #12 (2 fixes)", or "RIFT: fix CI of main (2 fixes)" without a pull request. */
export function fixPullRequestTitle(results: Results, context: FixPullRequestContext): string {
  const fixes = results.total_fixes === 1 ? '1 fix' : `${results.total_fixes} fixes`;
  const healed = context.pullNumber === undefined ? context.headRef : `#${context.pullNumber}`;
  return `RIFT: fix CI of ${healed} (${fixes})`;
}

/** The fixes, the outcome and how to take them. */
export function fixPullRequestBody(results: Results, context: FixPullRequestContext): string {
  const at = `${codeSpan(context.headRef)} at ${codeSpan(context.headSha.slice(0, 7))}`;
  const healed = context.pullNumber === undefined ? `RIFT healed the failing CI of ${at}.` : `RIFT healed the failing CI of #${context.pullNumber} (${at}).`;
  return [
    healed,
    '',
    `**${results.final_status}**, ${markdownScore(results.score)}`,
    '',
    '#### Fixes',
    markdownFixList(results.fixes.filter((fix) => fix.status !== 'skipped'), 100),
    '',
    `Every commit on ${codeSpan(results.branch_name)} is RIFT's (\`[AI-AGENT]\`). Merge this pull request into ${codeSpan(context.headRef)} to take the fixes.`,
    '',
    `<sub>Run ${codeSpan(results.run_id)}.</sub>`,
  ].join('\n');
}
