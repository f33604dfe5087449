// How the pages write statuses, times and numbers. A badge always says its status in words: colour only
// repeats it.
import { el } from './dom.js';

const RUN_BADGES = {
  passed: ['PASSED', 'badge-passed'],
  failed: ['FAILED', 'badge-failed'],
  quarantined: ['QUARANTINED', 'badge-quarantined'],
  running: ['RUNNING', 'badge-neutral'],
  queued: ['QUEUED', 'badge-neutral'],
  pending: ['PENDING', 'badge-neutral'],
};

/** A status badge for a run or a CI iteration. */
export function statusBadge(status) {
  const [text, tone] = RUN_BADGES[status] ?? [String(status).toUpperCase(), 'badge-neutral'];
  return el('span', { class: `badge ${tone}` }, text);
}

/** Whether the run may still change (live updates apply). */
export function isLive(status) {
  return status === 'queued' || status === 'running';
}

/** 245.5 -> "4 min 6 s"; null -> "—". */
export function formatDuration(secs) {
  if (secs === null || secs === undefined) return '—';
  const whole = Math.round(secs);
  if (whole < 60) return `${whole} s`;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A timestamp in the reader's locale, in a <time> element. */
export function timeEl(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return el('time', { datetime: date.toISOString() }, date.toLocaleString());
}

/** 0.87 -> "87%"; null -> "—". */
export function percent(value) {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}

/** A value or a dash. */
export function orDash(value) {
  return value === null || value === undefined || value === '' ? '—' : value;
}
