// The title and body of the fix pull request: what RIFT changed on which pull request, in the same
// fix lines every other surface uses. Pure.
import { codeSpan, markdownFixList, markdownScore } from '../report/pr-comment.ts';
import type { Results } from '../report/results.ts';

export interface FixPullRequestContext {
  /** The healed pull request. */
  pullNumber: number;
  headRef: string;
  headSha: string;
}

/** "RIFT: fix CI of #12 (2 fixes)". */
export function fixPullRequestTitle(results: Results, context: FixPullRequestContext): string {
  const fixes = results.total_fixes === 1 ? '1 fix' : `${results.total_fixes} fixes`;
  return `RIFT: fix CI of #${context.pullNumber} (${fixes})`;
}

/** The fixes, the outcome and how to take them. */
export function fixPullRequestBody(results: Results, context: FixPullRequestContext): string {
  return [
    `RIFT healed the failing CI of #${context.pullNumber} (${codeSpan(context.headRef)} at ${codeSpan(context.headSha.slice(0, 7))}).`,
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
