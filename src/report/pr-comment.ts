// The sticky pull-request comment, as markdown: pure, so the GitHub adapter only sends it. Its
// sections are exported for the check run, so both surfaces say the same thing the same way.
import type { FinalStatus, Score } from '../heal/types.ts';
import { ciStatusLabel, fixMark, formatDuration, formatIteration, formatTimestamp } from './display-format.ts';
import { fixLineOf } from './fix-line.ts';
import type { CiLogEntry, CiVerdict, Results, ResultsFix, UnresolvedFailure } from './results.ts';

/** Hidden in the rendered comment; ensureComment finds RIFT's comment by it. */
export const STICKY_MARKER = '<!-- rift:sticky -->';

/** GitHub refuses comment bodies longer than this many characters. */
export const MAX_COMMENT_CHARS = 65_536;

/** Where a run in progress is. */
export interface LiveState {
  /** The pipeline step running now: "detect", "fix", "verify", "wait-ci"... */
  node: string;
  iteration: number;
}

export interface PrCommentOptions {
  fixPullRequestUrl?: string;
  /** Set while the run is in progress: renders the live variant instead of the final report. */
  live?: LiveState;
}

/** What a live report shows of a run that has no results.json yet. */
export interface LiveProgress extends LiveState {
  runId: string;
  branchName: string;
  retryLimit?: number;
  /** The fixes made so far. */
  fixes: readonly ResultsFix[];
  fixPullRequestUrl?: string;
}

const STATUS_ICONS: Record<FinalStatus, string> = { PASSED: '✅', FAILED: '❌', QUARANTINED: '⚠️' };

/** The comment for a run: the final report, or the live variant when `opts.live` is set. */
export function renderPrComment(results: Results, opts: PrCommentOptions = {}): string {
  if (opts.live) return renderLivePrComment(liveProgressOf(results, opts.live, opts.fixPullRequestUrl));
  // The fix list and results.json are what grow; drop the JSON first, then shorten the list, until it fits.
  const attempts: Array<[number, boolean]> = [[Infinity, true], [Infinity, false], [100, false], [20, false]];
  let body = '';
  for (const [fixLimit, withJson] of attempts) {
    body = finalComment(results, opts.fixPullRequestUrl, fixLimit, withJson);
    if (body.length <= MAX_COMMENT_CHARS) return body;
  }
  return body.slice(0, MAX_COMMENT_CHARS);
}

/** The live comment: the step and iteration now, and the fixes made so far. */
export function renderLivePrComment(progress: LiveProgress): string {
  return [
    STICKY_MARKER,
    liveHeadline(progress),
    '',
    fixLink(progress.fixPullRequestUrl, progress.branchName),
    '',
    '#### Fixes so far',
    markdownFixList(progress.fixes, 100),
    '',
    `<sub>Run \`${progress.runId}\`. This comment is updated in place as the run progresses.</sub>`,
  ].join('\n');
}

/** "### ⏳ RIFT is healing" and where it is, for the comment and the check run. */
export function liveHeadline(progress: LiveProgress): string {
  const iteration = formatIteration(progress.iteration, progress.retryLimit);
  return `### ⏳ RIFT is healing\n\nStep ${codeSpan(progress.node)}, iteration ${iteration}.`;
}

/** The status line, with the reason when the run did not pass. */
export function statusHeadline(results: Results): string {
  const lines = [`### ${STATUS_ICONS[results.final_status]} RIFT: ${results.final_status}`, ''];
  const iterations = ciIterationsLine(results);
  if (results.final_status === 'PASSED') lines.push(`CI passes on ${codeSpan(results.branch_name)}. ${iterations}.`);
  else lines.push(`${iterations}.`);
  if (results.quarantine_reason) lines.push('', `Quarantined: ${codeSpan(results.quarantine_reason)}`);
  if (results.failure_reason) lines.push('', `Reason: ${codeSpan(results.failure_reason)}`);
  if (results.ci_verdict) lines.push('', ciVerdictLine(results.ci_verdict));
  return lines.join('\n');
}

/** Whose CI decided: GitHub's, or the local checks and why. */
export function ciVerdictLine(verdict: CiVerdict): string {
  const source = verdict.source === 'github' ? "the repository's own CI on GitHub" : "RIFT's local checks";
  return `Verdict from ${source}: ${verdict.detail.replace(/\.+$/, '')}.`;
}

/** "CI timeline: 3/5 iterations" (the retry limit when known). */
export function ciIterationsLine(results: Results): string {
  const iterations = results.total_iterations ?? Math.max(0, ...results.ci_log.map((entry) => entry.iteration));
  const word = iterations === 1 && results.retry_limit === undefined ? 'iteration' : 'iterations';
  return `CI timeline: ${formatIteration(iterations, results.retry_limit)} ${word}`;
}

/** The score as its sum, so the reader can check the arithmetic. */
export function markdownScore(score: Score): string {
  const sum = `base ${score.base} + speed bonus ${score.speed_bonus} - efficiency penalty ${score.efficiency_penalty} = ${score.total}`;
  return `**Score ${score.total}**: ${sum}`;
}

/** One bullet per fix: mark, the fix line (verbatim, in a code span), status; at most `limit`. */
export function markdownFixList(fixes: readonly ResultsFix[], limit = Infinity): string {
  if (fixes.length === 0) return '_No fixes._';
  const shown = fixes.slice(0, limit).map((fix) => `- ${fixMark(fix.status)} ${codeSpan(fixLineOf(fix))} (${fix.status})`);
  if (fixes.length > limit) shown.push(`- … and ${fixes.length - limit} more (all are in results.json)`);
  return shown.join('\n');
}

/** The CI iterations as a table: iteration n/limit, status (regressions marked), time. */
export function markdownCiTimeline(ciLog: readonly CiLogEntry[], retryLimit?: number): string {
  if (ciLog.length === 0) return '_No CI iterations._';
  const rows = ciLog.map(
    (entry) => `| ${formatIteration(entry.iteration, retryLimit)} | ${ciStatusLabel(entry)} | ${formatTimestamp(entry.timestamp)} |`,
  );
  return ['| Iteration | Status | Time |', '| --- | --- | --- |', ...rows].join('\n');
}

/** What RIFT found but could not fix, and why, under a heading; nothing when it handled everything. */
export function markdownUnresolved(unresolved: readonly UnresolvedFailure[]): string[] {
  if (unresolved.length === 0) return [];
  const rows = unresolved.map((failure) => {
    const where = `${failure.bug_type ?? 'UNCLASSIFIED'} ${failure.file} line ${failure.line}`;
    return `- ✗ ${codeSpan(where)}: ${codeSpan(failure.message)} (${failure.reason})`;
  });
  return ['#### Unresolved', ...rows, ''];
}

/** The counts in one line: failures, fixes, commits, time. */
export function countsLine(results: Results): string {
  const counts = [
    `${results.total_failures} failures`,
    `${results.total_fixes} fixes`,
    ...(results.total_commits === undefined ? [] : [`${results.total_commits} commits`]),
    formatDuration(results.total_time_secs),
  ];
  return counts.join(' · ');
}

/** The fix pull request when there is one, else the branch RIFT committed to. */
export function fixLink(fixPullRequestUrl: string | undefined, branchName: string): string {
  if (fixPullRequestUrl) return `**Fix pull request:** ${fixPullRequestUrl}`;
  return `**Fix branch:** ${codeSpan(branchName)}`;
}

/** Markdown code span around any text: verbatim, no @mentions or #references, backticks included. */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}

/** A fenced code block that no backtick run inside `content` can close early. */
export function codeFence(content: string, language = ''): string {
  const longestRun = Math.max(0, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}\n${fence}`;
}

/** The head of every finished report, comment and check run alike: status, link, score, counts, fixes. */
export function reportHead(results: Results, fixPullRequestUrl: string | undefined, fixLimit: number): string[] {
  return [
    statusHeadline(results),
    '',
    fixLink(fixPullRequestUrl, results.branch_name),
    '',
    markdownScore(results.score),
    '',
    countsLine(results),
    '',
    '#### Fixes',
    markdownFixList(results.fixes, fixLimit),
  ];
}

function finalComment(results: Results, fixPullRequestUrl: string | undefined, fixLimit: number, withJson: boolean): string {
  return [
    STICKY_MARKER,
    ...reportHead(results, fixPullRequestUrl, fixLimit),
    '',
    '#### CI timeline',
    markdownCiTimeline(results.ci_log, results.retry_limit),
    '',
    ...markdownUnresolved(results.unresolved ?? []),
    resultsJsonBlock(results, withJson),
  ].join('\n');
}

function resultsJsonBlock(results: Results, withJson: boolean): string {
  const json = JSON.stringify(results, null, 2);
  const content = withJson
    ? codeFence(json, 'json')
    : `results.json is ${json.length} characters, too long for a comment; it is with the run's artifacts.`;
  return ['<details><summary>results.json</summary>', '', content, '', '</details>'].join('\n');
}

function liveProgressOf(results: Results, live: LiveState, fixPullRequestUrl?: string): LiveProgress {
  return {
    ...live,
    runId: results.run_id,
    branchName: results.branch_name,
    retryLimit: results.retry_limit,
    fixes: results.fixes,
    fixPullRequestUrl,
  };
}
