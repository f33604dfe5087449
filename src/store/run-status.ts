// The forward-only life cycle of a run's status, as pure functions.
import type { RunStatus, TerminalRunStatus } from './types.ts';

const NEXT: Record<RunStatus, readonly RunStatus[]> = {
  // queued -> failed: bad input found before the run starts.
  queued: ['running', 'failed'],
  running: ['passed', 'failed', 'quarantined'],
  passed: [],
  failed: [],
  quarantined: [],
};

/** True when a run may go from `from` to `to`; staying put is allowed so retried writes are idempotent. */
export function canTransition(from: RunStatus, to: RunStatus): boolean {
  return from === to || NEXT[from].includes(to);
}

/** True for the statuses a run ends in (each gets a results.json). */
export function isTerminalStatus(status: RunStatus): status is TerminalRunStatus {
  return NEXT[status].length === 0;
}
