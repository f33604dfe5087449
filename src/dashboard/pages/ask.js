// "Ask this run": a question in plain words, POSTed with the CSRF token of GET /api/me; the answer is
// shown with the steps it cites, each a link into the replay at that step.
import { api } from './api.js';
import { el, show } from './dom.js';

/** Wires the form to POST /api/runs/:id/ask and draws answers in `output`. */
export function wireAsk(form, output, { runId, csrfToken }) {
  const field = form.querySelector('textarea');
  const button = form.querySelector('button');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = field.value.trim();
    if (!question) {
      show(output, el('p', { class: 'error-text' }, 'Write a question first.'));
      field.focus();
      return;
    }
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    show(output, el('p', {}, 'Thinking…'));
    try {
      const result = await api(`/api/runs/${encodeURIComponent(runId)}/ask`, { method: 'POST', body: { question }, csrfToken });
      show(output, answerView(runId, result));
    } catch (err) {
      show(output, el('p', { class: 'error-text', role: 'alert' }, err.message));
    } finally {
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
}

function answerView(runId, result) {
  const paragraphs = String(result.answer)
    .split(/\n{2,}/)
    .map((text) => el('p', {}, text));
  const steps = result.citations ?? [];
  return el(
    'div',
    { class: 'answer' },
    el('p', { class: 'muted' }, `You asked: ${result.question}`),
    paragraphs,
    steps.length === 0
      ? el('p', { class: 'muted' }, 'No step of the run was cited.')
      : [
          el('h3', {}, 'Steps used'),
          el(
            'ul',
            { class: 'citations' },
            steps.map((step) =>
              el(
                'li',
                {},
                el('a', { href: `/runs/${runId}/replay#step-${step.stepIndex}` }, `Step ${step.stepIndex}`),
                ` — ${step.node} · ${step.action}: ${step.label}`,
              ),
            ),
          ),
        ],
  );
}
