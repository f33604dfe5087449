// Runtime state kept in this process, for the CLI without REDIS_URL (DESIGN.md section 4).
import type { RunField, RuntimeState } from './runtime-state.ts';

/** Runtime state in memory; it lives as long as the process, which is as long as a CLI run. */
export function createMemoryState(): RuntimeState {
  const fields = new Map<string, string>();
  const telemetry = new Map<string, Record<string, string>>();
  const events = new Map<string, unknown[]>();

  return {
    async setField(runId: string, field: RunField, value: string | number) {
      fields.set(`${runId}:${field}`, String(value));
    },
    async getField(runId: string, field: RunField) {
      return fields.get(`${runId}:${field}`) ?? null;
    },
    async addTelemetry(runId, values) {
      const current = telemetry.get(runId) ?? {};
      for (const [key, value] of Object.entries(values)) current[key] = String(value);
      telemetry.set(runId, current);
    },
    async pushEvent(runId, event) {
      const list = events.get(runId) ?? [];
      list.push(event);
      events.set(runId, list);
    },
    async readEvents(runId, from = 0) {
      return (events.get(runId) ?? []).slice(from);
    },
    async close() {},
  };
}
