// Errors of the store. Both mean a bug of ours (a caller skipped a step), so neither is a RiftError.
import type { RunStatus } from './types.ts';

/** A run's status may only move forward: queued -> running -> passed | failed | quarantined. */
export class InvalidRunTransitionError extends Error {
  constructor(
    readonly runId: string,
    readonly from: RunStatus,
    readonly to: RunStatus,
  ) {
    super(`run ${runId} cannot go from ${from} to ${to}`);
    this.name = 'InvalidRunTransitionError';
  }
}

/** The row a write refers to does not exist. */
export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`${table} row ${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}
