// One searchable document per trace step: its label, its thought (the why) and a short text of its
// payload, with the files, lines, fixes and CI event it concerns, so a question can be matched to it.
import type { CiEventFacts, FixFacts, RunRecord, TraceFacts } from './types.ts';
import { summarisePayload } from './payload-text.ts';

export interface StepDocument {
  /** The step index (also the search id). */
  id: number;
  node: string;
  action: string;
  label: string;
  thought: string;
  /** A short text of the payload: files, lines, failures, commands; no output blobs. */
  details: string;
  /** What the step's linked fix and CI event say (the failure, the iteration), for the search. */
  context: string;
  files: string[];
  lines: number[];
  /** The parsed failures its payload carries (a check's result, a planned failure). */
  failures: string[];
  /** Fixes the step is about: related_fix_id, or the fixes of a batch commit. */
  fixIds: string[];
  /** The CI event it belongs to: related_ci_event_id, or the open CI iteration it ran inside. */
  ciEventId: string | null;
  /** The healing round it happened in: 1 until the first CI iteration ends, then 2... */
  round: number;
}

const PLACE = /([\w@./\\-]+\.[A-Za-z][\w]{0,7}) line (\d+)/g;

/** The record's steps as documents, in step order. */
export function buildDocuments(record: RunRecord): StepDocument[] {
  const fixes = new Map(record.fixes.map((fix) => [fix.fix_id, fix]));
  const events = new Map(record.ciEvents.map((event) => [event.event_id, event]));
  const windows = ciWindows(record.traces);
  let round = 1;
  return record.traces.map((trace) => {
    const summary = summarisePayload(trace.payload);
    const fixIds = unique([...(trace.related_fix_id ? [trace.related_fix_id] : []), ...batchFixIds(trace.payload)]).filter((id) => fixes.has(id));
    const linked = fixIds.map((id) => fixes.get(id)!);
    const ciEventId = trace.related_ci_event_id ?? windowOf(trace.step_index, windows);
    const event = ciEventId ? events.get(ciEventId) : undefined;
    const placed = [...`${trace.action_label}\n${trace.thought_text ?? ''}`.matchAll(PLACE)];
    const doc: StepDocument = {
      id: trace.step_index,
      node: trace.agent_node,
      action: trace.action_type,
      label: trace.action_label,
      thought: trace.thought_text ?? '',
      details: summary.text,
      context: [...linked.map(fixContext), ...(event ? [eventContext(event)] : [])].join('\n'),
      files: unique([...linked.map((fix) => fix.file_path), ...summary.files, ...placed.map((m) => m[1].replace(/\\/g, '/'))]),
      lines: unique([...linked.flatMap(fixLines), ...summary.lines, ...placed.map((m) => Number(m[2]))]),
      failures: summary.failures,
      fixIds,
      ciEventId,
      round,
    };
    if (/^ci_(passed|failed)$/.test(trace.action_type)) round += 1;
    return doc;
  });
}

/** The files the run knows: of its fixes and of every step. */
export function knownFiles(docs: readonly StepDocument[], fixes: readonly FixFacts[]): string[] {
  return unique([...fixes.map((fix) => fix.file_path), ...docs.flatMap((doc) => doc.files)]);
}

// The checks of an iteration run between its ci_run step and its closing step, unlinked: each CI
// event's window is the span from its first to its last linked step.
function ciWindows(traces: readonly TraceFacts[]): Array<{ eventId: string; from: number; to: number }> {
  const spans = new Map<string, { from: number; to: number }>();
  for (const trace of traces) {
    if (!trace.related_ci_event_id) continue;
    const span = spans.get(trace.related_ci_event_id);
    if (span) span.to = trace.step_index;
    else spans.set(trace.related_ci_event_id, { from: trace.step_index, to: trace.step_index });
  }
  return [...spans].map(([eventId, span]) => ({ eventId, ...span }));
}

function windowOf(step: number, windows: ReturnType<typeof ciWindows>): string | null {
  return windows.find((w) => step > w.from && step < w.to)?.eventId ?? null;
}

// A batch commit names its fixes in the payload ({ sha, fixes: [fix ids] }).
function batchFixIds(payload: unknown): string[] {
  const fixes = (payload as { fixes?: unknown } | null)?.fixes;
  return Array.isArray(fixes) ? fixes.filter((id): id is string => typeof id === 'string') : [];
}

function fixContext(fix: FixFacts): string {
  return `${fix.bug_type} ${fix.file_path} line ${fix.line_number}: ${fix.description}; fix ${fix.status}: ${fix.fix_description}`;
}

function eventContext(event: CiEventFacts): string {
  return `CI iteration ${event.iteration} ${event.status}`;
}

function fixLines(fix: FixFacts): number[] {
  const end = fix.line_end && fix.line_end > fix.line_number ? Math.min(fix.line_end, fix.line_number + 50) : fix.line_number;
  return Array.from({ length: end - fix.line_number + 1 }, (_, i) => fix.line_number + i);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
