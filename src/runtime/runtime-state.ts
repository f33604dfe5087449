// Runtime state of live runs (DESIGN.md section 4): what a live view reads while a run goes on.
// Never the only copy of anything: PostgreSQL holds the record.

/** The per-run values kept under `run:{run_id}:*`. */
export type RunField = 'status' | 'current_node' | 'iteration' | 'score' | 'commit_count' | 'cost_usd';

export interface RuntimeState {
  /** Sets one `run:{id}:{field}` value (TTL 2 h). */
  setField(runId: string, field: RunField, value: string | number): Promise<void>;
  getField(runId: string, field: RunField): Promise<string | null>;
  /** Merges values into the `run:{id}:telemetry` hash (TTL 2 h). */
  addTelemetry(runId: string, values: Record<string, string | number>): Promise<void>;
  /** Appends a trace event to `events:{id}` and bumps `events:{id}:count` (TTL 30 min). */
  pushEvent(runId: string, event: unknown): Promise<void>;
  /** Events from index `from` on, oldest first. */
  readEvents(runId: string, from?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

export const RUN_TTL_SECS = 2 * 60 * 60;
export const EVENTS_TTL_SECS = 30 * 60;
