// Small renderings shared by the terminal summary and the PDF, so both say the same thing.
import type { CiLogEntry, FixStatus } from './results.ts';

/** "45.2s", "4m 05s", "1h 02m 09s": readable at a glance, exact enough to compare with 300 s. */
export function formatDuration(totalSecs: number): string {
  const tenths = Math.round(totalSecs * 10) / 10;
  if (tenths < 60) return `${tenths.toFixed(1)}s`;
  const whole = Math.round(totalSecs);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  if (hours === 0) return `${minutes}m ${seconds}s`;
  return `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s`;
}

/** "2/5" when the retry limit is known, else "2". */
export function formatIteration(iteration: number, retryLimit?: number): string {
  return retryLimit === undefined ? String(iteration) : `${iteration}/${retryLimit}`;
}

/** An ISO timestamp as "2025-01-31 14:05:09 UTC"; left as given when it does not parse. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** ✓ for a fix that is in the branch, ✗ for every other outcome. */
export function fixMark(status: FixStatus): string {
  return status === 'applied' ? '✓' : '✗';
}

/** Status word of a CI iteration, with the regression flag when one was detected. */
export function ciStatusLabel(entry: CiLogEntry): string {
  return entry.regression ? `${entry.status} (regression)` : entry.status;
}
