// The RIFT check run's output: title, summary, text and one annotation per fix. Pure; the GitHub
// adapter (src/github/ensure-check-run.ts) sends it and batches the annotations.
import {
  MAX_CHECK_TEXT,
  type Annotation,
  type AnnotationLevel,
  type CheckRunConclusion,
} from '../github/check-run-types.ts';
import type { FinalStatus } from '../heal/types.ts';
import { fixLineOf } from './fix-line.ts';
import {
  codeSpan,
  fixLink,
  liveHeadline,
  markdownCiTimeline,
  markdownFixList,
  markdownUnresolved,
  reportHead,
  type LiveProgress,
} from './pr-comment.ts';
import type { FixStatus, Results, ResultsFix } from './results.ts';

export type { Annotation } from '../github/check-run-types.ts';

/** The check run of a finished run. */
export interface CheckRunReport {
  title: string;
  summary: string;
  text: string;
  conclusion: Extract<CheckRunConclusion, 'success' | 'failure' | 'neutral'>;
  annotations: Annotation[];
}

/** The check run of a run in progress: no conclusion, no annotations yet. */
export interface LiveCheckRunReport {
  title: string;
  summary: string;
}

export interface CheckRunOptions {
  fixPullRequestUrl?: string;
}

const CONCLUSIONS: Record<FinalStatus, CheckRunReport['conclusion']> = {
  PASSED: 'success',
  FAILED: 'failure',
  // Flaky tests are neither RIFT's success nor the code's failure: neutral does not block merging.
  QUARANTINED: 'neutral',
};

/** The final check run: conclusion, score, fix lines and CI timeline, one annotation per fix. */
export function renderCheckRun(results: Results, opts: CheckRunOptions = {}): CheckRunReport {
  return {
    title: checkRunTitle(results),
    summary: fitted((fixLimit) => finalSummary(results, opts.fixPullRequestUrl, fixLimit)),
    text: fitted(() => finalText(results)),
    conclusion: CONCLUSIONS[results.final_status],
    annotations: results.fixes.map(fixAnnotation),
  };
}

/** The in-progress check run: where the run is and the fixes made so far. */
export function renderLiveCheckRun(progress: LiveProgress): LiveCheckRunReport {
  const summary = (fixLimit: number): string =>
    [
      liveHeadline(progress),
      '',
      fixLink(progress.fixPullRequestUrl, progress.branchName),
      '',
      '#### Fixes so far',
      markdownFixList(progress.fixes, fixLimit),
    ].join('\n');
  const fixes = progress.fixes.length === 1 ? '1 fix' : `${progress.fixes.length} fixes`;
  return { title: `Healing: ${progress.node}, ${fixes} so far`, summary: fitted(summary) };
}

/** "PASSED: 2 fixes, score 110". */
export function checkRunTitle(results: Results): string {
  const fixes = results.total_fixes === 1 ? '1 fix' : `${results.total_fixes} fixes`;
  return `${results.final_status}: ${fixes}, score ${results.score.total}`;
}

/** A fix at its file and line: a notice when it is in the branch, a warning otherwise. */
export function fixAnnotation(fix: ResultsFix): Annotation {
  // GitHub rejects line 0; a failure without a line is shown on the file's first line.
  const line = Math.max(1, Math.trunc(fix.line_number));
  return {
    path: fix.file.replace(/\\/g, '/').replace(/^(\.\/)+/, ''),
    start_line: line,
    end_line: line,
    annotation_level: annotationLevel(fix.status),
    message: fixLineOf(fix),
    title: fix.bug_type,
  };
}

function annotationLevel(status: FixStatus): AnnotationLevel {
  return status === 'applied' ? 'notice' : 'warning';
}

function finalSummary(results: Results, fixPullRequestUrl: string | undefined, fixLimit: number): string {
  return reportHead(results, fixPullRequestUrl, fixLimit).join('\n');
}

function finalText(results: Results): string {
  const sections = ['#### CI timeline', markdownCiTimeline(results.ci_log, results.retry_limit)];
  const unresolved = markdownUnresolved(results.unresolved ?? []);
  if (unresolved.length > 0) sections.push('', ...unresolved.slice(0, -1));
  const checks = results.checks ?? [];
  if (checks.length > 0) {
    sections.push('', '#### Checks run', ...checks.map((check) => `- ${codeSpan(check.command)} in ${codeSpan(check.cwd)}`));
  }
  sections.push('', `Run ${codeSpan(results.run_id)} on ${codeSpan(results.branch_name)}.`);
  return sections.join('\n');
}

// Shortens the fix list until the markdown fits GitHub's limit, cutting as a last resort.
function fitted(render: (fixLimit: number) => string): string {
  for (const fixLimit of [Infinity, 200, 50, 10]) {
    const text = render(fixLimit);
    if (text.length <= MAX_CHECK_TEXT) return text;
  }
  return render(0).slice(0, MAX_CHECK_TEXT);
}
