// The replay (/runs/:id/replay): the run's execution_traces in order, one step at a time (buttons,
// the step list, or the arrow keys), each with its node, action, label and reason, and for a step
// tied to a fix, that fix's diff. The address names the step (#step-N), so answers can link to it.
import { api, loadMe, showError } from './api.js';
import { el, show } from './dom.js';
import { unifiedDiff } from './diff.js';
import { timeEl } from './format.js';

const runId = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const prev = document.getElementById('step-prev');
const next = document.getElementById('step-next');
const picker = document.getElementById('step-select');
const view = document.getElementById('step');
let steps = [];
let fixes = new Map();
let current = 0;

/** Shows the step at position `position` of the trace and names it in the address. */
function go(position) {
  if (steps.length === 0) return;
  current = Math.min(Math.max(position, 0), steps.length - 1);
  const step = steps[current];
  history.replaceState(null, '', `#step-${step.step_index}`);
  picker.value = String(current);
  prev.disabled = current === 0;
  next.disabled = current === steps.length - 1;
  const fix = step.related_fix_id ? fixes.get(step.related_fix_id) : undefined;
  const item = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  show(
    view,
    el('h2', {}, `Step ${step.step_index} `, el('span', { class: 'muted' }, `(${current + 1} of ${steps.length})`)),
    el(
      'dl',
      { class: 'summary' },
      item('Node', el('code', {}, step.agent_node)),
      item('Action', el('code', {}, step.action_type)),
      item('Label', step.action_label),
      item('Reason', step.thought_text ?? el('span', { class: 'muted' }, 'none recorded')),
      item('When', timeEl(step.emitted_at)),
    ),
    fix ? fixDiff(fix) : null,
  );
}

// The fix's code before and after as a unified diff; +/- say what colour only repeats.
function fixDiff(fix) {
  const hunks = unifiedDiff(fix.original_code ?? '', fix.fixed_code ?? '');
  const sign = { same: ' ', del: '-', add: '+' };
  const label = { same: '', del: 'removed: ', add: 'added: ' };
  return el(
    'section',
    { class: 'diff', 'aria-label': `Diff of the fix in ${fix.file_path}` },
    el('h3', {}, 'The fix: ', el('code', {}, fix.line)),
    hunks.length === 0
      ? el('p', { class: 'muted' }, 'No code change recorded for this fix.')
      : el(
          'pre',
          { class: 'diff-lines' },
          el('span', { class: 'diff-file' }, `--- a/${fix.file_path}\n+++ b/${fix.file_path}`),
          hunks.map((hunk) => [
            el('span', { class: 'diff-hunk' }, `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`),
            hunk.lines.map((line) =>
              el('span', { class: `diff-${line.type}` }, el('span', { class: 'visually-hidden' }, label[line.type]), `${sign[line.type]}${line.text}`),
            ),
          ]),
        ),
  );
}

// The position of the step the address names, else the first.
function positionFromHash() {
  const match = /^#step-(\d+)$/.exec(location.hash);
  const index = match ? steps.findIndex((step) => step.step_index === Number(match[1])) : -1;
  return index === -1 ? 0 : index;
}

prev.addEventListener('click', () => go(current - 1));
next.addEventListener('click', () => go(current + 1));
picker.addEventListener('change', () => go(Number(picker.value)));
window.addEventListener('hashchange', () => go(positionFromHash()));
document.addEventListener('keydown', (event) => {
  // Arrow keys keep their meaning inside form fields (the step list moves by itself).
  if (event.target.closest?.('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'ArrowLeft') go(current - 1);
  else if (event.key === 'ArrowRight') go(current + 1);
  else return;
  event.preventDefault();
});

try {
  document.getElementById('back-to-run').href = `/runs/${encodeURIComponent(runId)}`;
  if (!(await loadMe())) {
    show(view, el('p', {}, 'Sign in with GitHub to replay this run.'));
  } else {
    const [trace, run] = await Promise.all([api(`/api/runs/${encodeURIComponent(runId)}/trace`), api(`/api/runs/${encodeURIComponent(runId)}`)]);
    steps = trace.steps;
    fixes = new Map(run.fixes.map((fix) => [fix.fix_id, fix]));
    show(picker, steps.map((step, position) => el('option', { value: position }, `${step.step_index}: ${step.agent_node} · ${step.action_label}`.slice(0, 90))));
    picker.disabled = steps.length === 0;
    if (steps.length === 0) show(view, el('p', {}, 'This run has recorded no step yet.'));
    else go(positionFromHash());
  }
} catch (err) {
  show(view);
  showError(err);
}
