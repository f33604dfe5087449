// The CLI's end-of-run summary as plain lines: pure, so the CLI only prints them and tests read them.
import type { Score } from '../heal/types.ts';
import type { ArtifactPaths } from './artifacts.ts';
import { ciStatusLabel, fixMark, formatDuration, formatIteration, formatTimestamp } from './display-format.ts';
import { fixLineOf } from './fix-line.ts';
import type { CiLogEntry, Results, ResultsFix, UnresolvedFailure } from './results.ts';

/** The run in a few lines: status, repository, team, branch and the counts. */
export function renderHeader(results: Results): string[] {
  const counts = [
    `failures ${results.total_failures}`,
    `fixes ${results.total_fixes}`,
    ...(results.total_commits === undefined ? [] : [`commits ${results.total_commits}`]),
    `time ${formatDuration(results.total_time_secs)}`,
  ];
  const lines = [
    `RIFT healing run ${results.run_id}: ${results.final_status}`,
    `  repository  ${results.repo_url}`,
    `  team        ${results.team_name} (leader ${results.leader_name})`,
    `  branch      ${results.branch_name}`,
    `  ${counts.join(' · ')}`,
  ];
  if (results.quarantine_reason) lines.push(`  quarantined: ${results.quarantine_reason}`);
  if (results.failure_reason) lines.push(`  reason: ${results.failure_reason}`);
  return lines;
}

/** One line per fix: the mark, the fix line, the status. */
export function renderFixes(fixes: readonly ResultsFix[]): string[] {
  if (fixes.length === 0) return ['Fixes', '  (none)'];
  return ['Fixes', ...fixes.map((fix) => `  ${fixMark(fix.status)} ${fixLineOf(fix)} [${fix.status}]`)];
}

/** The score as its sum, so the reader can check the arithmetic. */
export function renderScore(score: Score): string[] {
  return [
    'Score',
    `  base ${score.base} + speed bonus ${score.speed_bonus} - efficiency penalty ${score.efficiency_penalty} = ${score.total}`,
  ];
}

/** One line per CI iteration: "iteration 2/5  failed (regression)  2025-01-31 14:05:09 UTC". */
export function renderCiTimeline(ciLog: readonly CiLogEntry[], retryLimit?: number): string[] {
  if (ciLog.length === 0) return ['CI timeline', '  (no iterations)'];
  const labels = ciLog.map((entry) => `iteration ${formatIteration(entry.iteration, retryLimit)}`);
  const statuses = ciLog.map(ciStatusLabel);
  const labelWidth = Math.max(...labels.map((label) => label.length));
  const statusWidth = Math.max(...statuses.map((status) => status.length));
  const rows = ciLog.map(
    (entry, i) => `  ${labels[i].padEnd(labelWidth)}  ${statuses[i].padEnd(statusWidth)}  ${formatTimestamp(entry.timestamp)}`,
  );
  return ['CI timeline', ...rows];
}

/** What RIFT found but could not fix, and why; nothing when everything was handled. */
export function renderUnresolved(unresolved: readonly UnresolvedFailure[]): string[] {
  if (unresolved.length === 0) return [];
  const rows = unresolved.map(
    (failure) => `  ✗ ${failure.bug_type ?? 'UNCLASSIFIED'} ${failure.file} line ${failure.line}: ${failure.message} (${failure.reason})`,
  );
  return ['Unresolved', ...rows];
}

/** Where the artifacts were written, and why the PDF was not when it failed. */
export function renderArtifactPaths(paths: ArtifactPaths): string[] {
  const lines = ['Artifacts', `  results.json  ${paths.resultsPath}`];
  if (paths.pdfPath) lines.push(`  report.pdf    ${paths.pdfPath}`);
  if (paths.pdfError) lines.push(`  report.pdf    not written: ${paths.pdfError.message}`);
  return lines;
}

/** The whole summary, sections separated by blank lines. */
export function renderSummary(results: Results, paths?: ArtifactPaths): string[] {
  const sections = [
    renderHeader(results),
    renderFixes(results.fixes),
    renderScore(results.score),
    renderCiTimeline(results.ci_log, results.retry_limit),
    renderUnresolved(results.unresolved ?? []),
    paths ? renderArtifactPaths(paths) : [],
  ].filter((section) => section.length > 0);
  return sections.flatMap((section, i) => (i === 0 ? section : ['', ...section]));
}
