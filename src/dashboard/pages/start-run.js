// The start page (/start): POST /api/runs with the CSRF token from /api/me, a loading state while the
// run is queued, then the run's own page (which follows it live). A run of the same commit already
// in progress is the one shown: the API answers with its id.
import { api, clearError, loadMe, showError } from './api.js';

const form = document.getElementById('start');
const submit = document.getElementById('start-submit');
const status = document.getElementById('start-status');

/** The form's values as the API takes them. */
function readForm() {
  const data = new FormData(form);
  return {
    repository: String(data.get('repository') ?? '').trim(),
    team: String(data.get('team') ?? '').trim(),
    leader: String(data.get('leader') ?? '').trim(),
    retry_limit: Number(data.get('retry_limit') ?? 5),
  };
}

// Busy while the request is out: the button cannot send twice, and screen readers hear why.
function setBusy(busy) {
  submit.disabled = busy;
  form.setAttribute('aria-busy', busy ? 'true' : 'false');
  status.textContent = busy ? 'Queuing the run…' : '';
}

async function main() {
  const me = await loadMe().catch((err) => {
    showError(err);
    return null;
  });
  if (!me) {
    submit.disabled = true;
    status.textContent = 'Sign in with GitHub to start a run.';
    return;
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError();
    setBusy(true);
    try {
      const started = await api('/api/runs', { method: 'POST', body: readForm(), csrfToken: me.csrfToken });
      status.textContent = started.created ? 'Queued. Opening the run…' : 'A run of this commit is already in progress. Opening it…';
      location.assign(started.url);
    } catch (err) {
      setBusy(false);
      showError(err);
    }
  });
}

void main();
