// The run page's sections, drawn from GET /api/runs/:id: the summary card, the fixes table, the CI
// timeline, and the links to results.json, report.pdf and the replay.
import { el, show } from './dom.js';
import { formatDuration, orDash, percent, statusBadge, timeEl } from './format.js';

const FIX_STATUS = {
  applied: ['✓', 'applied'],
  failed: ['✗', 'failed'],
  rolled_back: ['✗', 'rolled back'],
  skipped: ['✗', 'skipped'],
};

/** Repository, team, leader, branch, failures, fixes, final status and total time. */
export function renderSummary(node, run) {
  const applied = run.total_fixes ?? run.fixes.filter((fix) => fix.status === 'applied').length;
  const elapsed = run.total_time_secs ?? (run.end_time ? null : (Date.now() - Date.parse(run.start_time)) / 1000);
  const item = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  show(
    node,
    el(
      'dl',
      { class: 'summary' },
      item('Repository', el('a', { href: run.repository_url, rel: 'noopener' }, run.repository)),
      item('Team', run.team_name),
      item('Leader', run.leader_name),
      item('Branch', el('code', {}, run.branch_name)),
      item('Failures detected', orDash(run.total_failures)),
      item('Fixes applied', String(applied)),
      item('Final status', statusBadge(run.status)),
      item(run.total_time_secs === null ? 'Time so far' : 'Total time', formatDuration(elapsed)),
      item('Started', timeEl(run.start_time)),
      run.quarantine_reason ? item('Quarantined because', run.quarantine_reason) : null,
    ),
  );
}

/** The fixes: file, bug type, line, commit message, status, confidence, strategy and the commit. */
export function renderFixes(node, run) {
  if (run.fixes.length === 0) {
    show(node, el('p', {}, 'No fixes (yet).'));
    return;
  }
  const cell = (label, ...content) => el('td', { 'data-label': label }, el('span', {}, ...content));
  const rows = run.fixes.map((fix) => {
    const [mark, word] = FIX_STATUS[fix.status] ?? ['✗', fix.status];
    return el(
      'tr',
      {},
      cell('File', el('code', {}, fix.file_path)),
      cell('Bug type', fix.bug_type),
      cell('Line', String(fix.line_number)),
      cell('Commit message', orDash(fix.commit_message)),
      cell('Status', el('span', { class: `fix-${fix.status === 'applied' ? 'ok' : 'bad'}` }, el('span', { 'aria-hidden': 'true' }, `${mark} `), word)),
      cell('Confidence', percent(fix.confidence_score)),
      cell('Strategy', orDash(fix.strategy), fix.model_used ? el('span', { class: 'muted' }, ` (${fix.model_used})`) : null),
      cell('Commit', fix.commit_url ? el('a', { href: fix.commit_url, rel: 'noopener' }, el('code', {}, fix.commit_sha.slice(0, 7))) : '—'),
    );
  });
  const head = ['File', 'Bug type', 'Line', 'Commit message', 'Status', 'Confidence', 'Strategy', 'Commit'];
  show(
    node,
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'stack' },
        el('caption', { class: 'visually-hidden' }, 'Fixes of this run'),
        el('thead', {}, el('tr', {}, head.map((title) => el('th', { scope: 'col' }, title)))),
        el('tbody', {}, rows),
      ),
    ),
  );
}

/** Each CI iteration: n/limit, its badge, when, and regression and rollback marks. */
export function renderTimeline(node, run) {
  if (run.ci_events.length === 0) {
    show(node, el('p', {}, 'No CI iteration (yet).'));
    return;
  }
  const limit = run.retry_limit ? `/${run.retry_limit}` : '';
  const items = run.ci_events.map((event) =>
    el(
      'li',
      { class: 'iteration' },
      el('span', { class: 'iteration-count' }, `Iteration ${event.iteration}${limit}`),
      statusBadge(event.status),
      timeEl(event.triggered_at),
      event.regression_detected ? el('span', { class: 'mark mark-regression' }, '⚠ regression') : null,
      event.rollback_triggered
        ? el('span', { class: 'mark mark-rollback' }, '↩ rolled back', event.rollback_commit_sha ? ` (${event.rollback_commit_sha.slice(0, 7)})` : '')
        : null,
      event.failures_after !== null ? el('span', { class: 'muted' }, `${event.failures_after} failure${event.failures_after === 1 ? '' : 's'} left`) : null,
    ),
  );
  show(node, el('ol', { class: 'timeline' }, items));
}

/** results.json and report.pdf when written, and the replay. */
export function renderFiles(node, run) {
  const file = (url, text) => (url ? el('li', {}, el('a', { href: url }, text)) : el('li', { class: 'muted' }, `${text}: not written yet`));
  show(
    node,
    file(run.artifacts.results_json, 'results.json'),
    file(run.artifacts.report_pdf, 'report.pdf'),
    el('li', {}, el('a', { href: `/runs/${run.run_id}/replay` }, 'Replay the run step by step')),
  );
}
