// The runs page (/): the viewer's runs, newest first, filtered by status and repository and paged; the
// filters and the page live in the address (?status=&repo=&page=), so a view can be shared and reloaded.
import { api, clearError, loadMe, showError } from './api.js';
import { el, show } from './dom.js';
import { formatDuration, statusBadge, timeEl } from './format.js';

const PER_PAGE = 20;
const form = document.getElementById('filters');
const statusField = document.getElementById('filter-status');
const repoField = document.getElementById('filter-repo');

/** The filters and page of the address. */
function readQuery() {
  const params = new URLSearchParams(location.search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { status: params.get('status') ?? '', repo: params.get('repo') ?? '', page: Number.isFinite(page) && page > 0 ? page : 1 };
}

/** Moves to another view: the address first, then the table. */
function go(query) {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.repo) params.set('repo', query.repo);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  history.pushState(null, '', search ? `/?${search}` : '/');
  void render();
}

async function render() {
  const query = readQuery();
  statusField.value = query.status;
  repoField.value = query.repo;
  const statusLine = document.getElementById('runs-status');
  statusLine.textContent = 'Loading runs…';
  const params = new URLSearchParams({ page: String(query.page), per_page: String(PER_PAGE) });
  if (query.status) params.set('status', query.status);
  if (query.repo) params.set('repo', query.repo);
  try {
    const list = await api(`/api/runs?${params}`);
    clearError();
    show(document.querySelector('#runs tbody'), list.runs.map(runRow));
    const counted = list.total === 0 ? 'No runs match.' : `${list.total} run${list.total === 1 ? '' : 's'}.`;
    // Repositories GitHub could not be asked about just now: their runs are missing from this view.
    const missing = list.unchecked?.length ? ` GitHub could not confirm your access to ${list.unchecked.join(', ')} just now; their runs are not shown.` : '';
    statusLine.textContent = `${counted}${missing}`;
    renderPager(query, list.total);
  } catch (err) {
    statusLine.textContent = '';
    show(document.querySelector('#runs tbody'));
    document.getElementById('pager').hidden = true;
    showError(err);
  }
}

// One row; the repository links to the run. data-label names each cell when the table stacks (phones).
function runRow(run) {
  const cell = (label, ...content) => el('td', { 'data-label': label }, el('span', {}, ...content));
  return el(
    'tr',
    {},
    cell('Status', statusBadge(run.status)),
    cell('Repository', el('a', { href: `/runs/${run.run_id}` }, run.repository)),
    cell('Branch', el('code', {}, run.branch_name)),
    cell('Score', run.score ? String(run.score.total) : '—'),
    cell('Duration', formatDuration(run.total_time_secs)),
    cell('Started', timeEl(run.start_time)),
  );
}

function renderPager(query, total) {
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  document.getElementById('pager').hidden = pages <= 1 && query.page <= 1;
  document.getElementById('page-info').textContent = `Page ${query.page} of ${pages}`;
  document.getElementById('page-prev').disabled = query.page <= 1;
  document.getElementById('page-next').disabled = query.page >= pages;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  go({ status: statusField.value, repo: repoField.value.trim(), page: 1 });
});
document.getElementById('filter-clear').addEventListener('click', () => go({ status: '', repo: '', page: 1 }));
document.getElementById('page-prev').addEventListener('click', () => go({ ...readQuery(), page: readQuery().page - 1 }));
document.getElementById('page-next').addEventListener('click', () => go({ ...readQuery(), page: readQuery().page + 1 }));
window.addEventListener('popstate', () => void render());

try {
  if (await loadMe()) await render();
  else document.getElementById('runs-status').textContent = 'Sign in with GitHub to see the runs of your repositories.';
} catch (err) {
  showError(err);
}
