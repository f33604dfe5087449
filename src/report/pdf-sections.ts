// The sections of the PDF report, top to bottom; each reads the results and draws one block.
import { ciStatusLabel, formatDuration, formatIteration, formatTimestamp } from './display-format.ts';
import { fixLineOf } from './fix-line.ts';
import { drawableText } from './pdf-fonts.ts';
import { COLORS, drawHeading, drawNote, drawTable, type PdfCell, type PdfContext } from './pdf-table.ts';
import type { CiStatus, FixStatus, Results } from './results.ts';

export const REPORT_TITLE = 'RIFT healing report';

const FINAL_STATUS_COLORS: Record<Results['final_status'], string> = {
  PASSED: COLORS.green,
  FAILED: COLORS.red,
  QUARANTINED: COLORS.amber,
};

const FIX_STATUS_COLORS: Record<FixStatus, string> = {
  applied: COLORS.green,
  failed: COLORS.red,
  rolled_back: COLORS.amber,
  skipped: COLORS.muted,
};

const CI_STATUS_COLORS: Record<CiStatus, string> = {
  passed: COLORS.green,
  failed: COLORS.red,
  pending: COLORS.muted,
  running: COLORS.muted,
};

/** Title and the run's identity. */
export function drawTitle(ctx: PdfContext, results: Results): void {
  const { doc, fonts } = ctx;
  doc.font(fonts.bold).fontSize(20).fillColor(COLORS.text).text(REPORT_TITLE);
  const when = results.finished_at ? ` · ${formatTimestamp(results.finished_at)}` : '';
  doc.font(fonts.regular).fontSize(9).fillColor(COLORS.muted).text(drawableText(`run ${results.run_id}${when}`, fonts));
}

/** Repository, team, branch, the coloured final status and the counts. */
export function drawSummary(ctx: PdfContext, results: Results): void {
  drawHeading(ctx, 'Summary');
  const rows: Array<[string, PdfCell]> = [
    ['Repository', { text: results.repo_url }],
    ['Team', { text: results.team_name }],
    ['Leader', { text: results.leader_name }],
    ['Branch', { text: results.branch_name }],
    ['Final status', { text: results.final_status, bold: true, color: FINAL_STATUS_COLORS[results.final_status] }],
    ['Failures detected', { text: String(results.total_failures) }],
    ['Fixes applied', { text: String(results.total_fixes) }],
    ['Total time', { text: formatDuration(results.total_time_secs) }],
  ];
  if (results.total_commits !== undefined) rows.push(['Commits', { text: String(results.total_commits) }]);
  if (results.total_iterations !== undefined) rows.push(['Iterations', { text: iterationsText(results) }]);
  if (results.quarantine_reason) rows.push(['Quarantine reason', { text: results.quarantine_reason, color: COLORS.amber }]);
  if (results.failure_reason) rows.push(['Failure reason', { text: results.failure_reason, color: COLORS.red }]);
  const columns = [
    { header: 'Field', width: 130 },
    { header: 'Value', width: 365 },
  ];
  drawTable(ctx, columns, rows.map(([label, value]) => [{ text: label, color: COLORS.muted }, value]), { header: false });
}

/** The score as base + bonus - penalty = total. */
export function drawScore(ctx: PdfContext, results: Results): void {
  drawHeading(ctx, 'Score');
  const { score } = results;
  const columns = [
    { header: 'Component', width: 130 },
    { header: 'Points', width: 365 },
  ];
  const rows: PdfCell[][] = [
    [{ text: 'Base' }, { text: String(score.base) }],
    [{ text: 'Speed bonus' }, { text: signed('+', score.speed_bonus) }],
    [{ text: 'Efficiency penalty' }, { text: signed('-', score.efficiency_penalty) }],
    [{ text: 'Total', bold: true }, { text: String(score.total), bold: true }],
  ];
  drawTable(ctx, columns, rows);
}

/** Every fix attempt: where, what kind, what happened, and its fix line with the commit message. */
export function drawFixes(ctx: PdfContext, results: Results): void {
  drawHeading(ctx, `Fixes (${results.fixes.length})`);
  if (results.fixes.length === 0) return drawNote(ctx, 'No fixes were attempted.');
  const columns = [
    { header: 'File', width: 105 },
    { header: 'Bug type', width: 72 },
    { header: 'Line', width: 34 },
    { header: 'Status', width: 58 },
    { header: 'Fix', width: 226 },
  ];
  const rows = results.fixes.map((fix): PdfCell[] => [
    { text: fix.file },
    { text: fix.bug_type },
    { text: String(fix.line_number) },
    { text: fix.status.replace('_', ' '), color: FIX_STATUS_COLORS[fix.status] },
    { text: fixLineOf(fix), note: fix.commit_message || undefined },
  ]);
  drawTable(ctx, columns, rows);
}

/** One row per CI iteration, regressions marked. */
export function drawCiTimeline(ctx: PdfContext, results: Results): void {
  drawHeading(ctx, 'CI timeline');
  if (results.ci_log.length === 0) return drawNote(ctx, 'CI was not run.');
  const columns = [
    { header: 'Iteration', width: 70 },
    { header: 'Status', width: 125 },
    { header: 'Time', width: 150 },
    { header: 'Regression', width: 150 },
  ];
  const rows = results.ci_log.map((entry): PdfCell[] => [
    { text: formatIteration(entry.iteration, results.retry_limit) },
    { text: ciStatusLabel(entry), color: CI_STATUS_COLORS[entry.status] },
    { text: formatTimestamp(entry.timestamp) },
    entry.regression ? { text: '⚠ regression', color: COLORS.red, bold: true } : { text: '' },
  ]);
  drawTable(ctx, columns, rows);
}

/** What was found and not fixed, with the reason. */
export function drawUnresolved(ctx: PdfContext, results: Results): void {
  const unresolved = results.unresolved ?? [];
  drawHeading(ctx, `Unresolved failures (${unresolved.length})`);
  if (unresolved.length === 0) return drawNote(ctx, 'None.');
  const columns = [
    { header: 'Location', width: 130 },
    { header: 'Bug type', width: 72 },
    { header: 'Message', width: 178 },
    { header: 'Reason', width: 115 },
  ];
  const rows = unresolved.map((failure): PdfCell[] => [
    { text: `${failure.file} line ${failure.line}`, note: failure.check },
    { text: failure.bug_type ?? 'unclassified' },
    { text: failure.message },
    { text: failure.reason },
  ]);
  drawTable(ctx, columns, rows);
}

function iterationsText(results: Results): string {
  const iterations = String(results.total_iterations);
  return results.retry_limit === undefined ? iterations : `${iterations} of ${results.retry_limit}`;
}

// "+10", "-4"; a zero stays "0" rather than "-0".
function signed(sign: '+' | '-', points: number): string {
  return points === 0 ? '0' : `${sign}${points}`;
}
