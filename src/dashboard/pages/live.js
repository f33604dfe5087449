// Following a live run: its trace events over server-sent events (GET /api/runs/:id/events). The browser
// reconnects by itself after a dropped connection, resuming after the last event it saw (Last-Event-ID).

/**
 * Opens the stream. onStep(event) for each trace event, onEnd(status) once the run is over,
 * onStopped() when the stream is refused for good (signed out, run gone). Returns a stop function.
 */
export function followRun(runId, { onStep, onEnd, onStopped }) {
  const source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
  source.addEventListener('message', (event) => {
    try {
      onStep(JSON.parse(event.data));
    } catch {
      // An event this page does not understand changes nothing it shows.
    }
  });
  source.addEventListener('end', (event) => {
    source.close();
    let status = null;
    try {
      status = JSON.parse(event.data).status;
    } catch {
      // The end is the end, whatever its data.
    }
    onEnd(status);
  });
  source.addEventListener('error', () => {
    // CONNECTING: the browser retries by itself. CLOSED: an answer that was no event stream (401, 404).
    if (source.readyState === EventSource.CLOSED) onStopped();
  });
  return () => source.close();
}
