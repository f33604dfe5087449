// The run page (/runs/:id): summary, score, fixes, CI timeline, reports, and the question form. While
// the run is queued or running it follows the run's live events and redraws from the API as they come,
// without a reload.
import { api, ApiError, clearError, loadMe, showError } from './api.js';
import { wireAsk } from './ask.js';
import { show } from './dom.js';
import { isLive } from './format.js';
import { followRun } from './live.js';
import { renderFiles, renderFixes, renderSummary, renderTimeline } from './run-sections.js';
import { renderScore } from './score-chart.js';

const runId = decodeURIComponent(location.pathname.split('/')[2] ?? '');
const liveLine = document.getElementById('live');
let following = null;
let refreshTimer = null;

/** Reads the run and redraws every section; true when it is still live. */
async function refresh() {
  try {
    const run = await api(`/api/runs/${encodeURIComponent(runId)}`);
    clearError();
    draw(run);
    return isLive(run.status);
  } catch (err) {
    showError(err);
    return false;
  }
}

function draw(run) {
  document.title = `${run.repository} · ${run.status} · RIFT`;
  document.getElementById('run-title').textContent = `Run of ${run.repository}`;
  renderSummary(document.getElementById('summary'), run);
  renderScore(document.getElementById('score'), run);
  renderFixes(document.getElementById('fixes'), run);
  renderTimeline(document.getElementById('timeline'), run);
  renderFiles(document.getElementById('files'), run);
}

// Events come in bursts: one read of the API per burst.
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), 400);
}

function startFollowing() {
  if (following) return;
  liveLine.textContent = 'Live: following this run as it goes.';
  following = followRun(runId, {
    onStep(step) {
      liveLine.textContent = `Live — step ${step.stepIndex}: ${step.node} · ${step.label}`;
      refreshSoon();
    },
    async onEnd(status) {
      following = null;
      clearTimeout(refreshTimer);
      await refresh();
      liveLine.textContent = `The run has ended${status ? `: ${status.toUpperCase()}` : ''}.`;
    },
    async onStopped() {
      following = null;
      liveLine.textContent = 'Live updates stopped.';
      // The API says why (signed out, run gone) better than the event stream can.
      if (await refresh()) liveLine.textContent = 'Live updates stopped: reload the page to follow the run again.';
    },
  });
}

try {
  const me = await loadMe();
  if (!me) {
    showError(new ApiError(401, 'not signed in: sign in with GitHub to see this run'));
    show(document.getElementById('summary'));
  } else {
    wireAsk(document.getElementById('ask-form'), document.getElementById('ask-answer'), { runId, csrfToken: me.csrfToken });
    if (await refresh()) startFollowing();
  }
} catch (err) {
  showError(err);
}
