// Records what the agent does, as it does it: each step goes to execution_traces (the authoritative,
// replayable record), to the live event buffer, and to whoever watches (the CLI prints it).
import type { Knex } from 'knex';
import type { Logger } from '../../log.ts';
import type { RunField, RuntimeState } from '../../runtime/runtime-state.ts';
import { appendTrace } from '../../store/index.ts';
import { redactSecrets } from './redact.ts';

/** The pipeline stages, as stored in execution_traces.agent_node. */
export type AgentNode =
  | 'workspace'
  | 'detect'
  | 'install'
  | 'run_checks'
  | 'plan'
  | 'fix'
  | 'verify'
  | 'commit'
  | 'ci'
  | 'rollback'
  | 'score'
  | 'report';

export interface StepEvent {
  runId: string;
  stepIndex: number;
  node: AgentNode;
  action: string;
  label: string;
  thought?: string;
  payload?: unknown;
  at: string;
}

export interface StepOptions {
  payload?: unknown;
  /** Why the agent did this: execution_traces.thought_text. */
  thought?: string;
  fixId?: string;
  ciEventId?: string;
}

export interface Recorder {
  runId: string;
  db: Knex;
  /** Records one step of the agent; redacts secrets first. */
  step(node: AgentNode, action: string, label: string, options?: StepOptions): Promise<void>;
  /** Updates a live runtime value (`run:{id}:{field}`). */
  live(field: RunField, value: string | number): Promise<void>;
}

/** A recorder for one run; `onStep` sees every step after it is stored. */
export function createRecorder(args: {
  runId: string;
  db: Knex;
  runtime: RuntimeState;
  logger: Logger;
  onStep?: (event: StepEvent) => void;
}): Recorder {
  const { runId, db, runtime, logger, onStep } = args;
  return {
    runId,
    db,
    async step(node, action, label, options = {}) {
      const payload = options.payload === undefined ? undefined : redactSecrets(options.payload);
      const thought = options.thought === undefined ? undefined : redactSecrets(options.thought);
      const safeLabel = redactSecrets(label);
      const row = await appendTrace(db, {
        run_id: runId,
        agent_node: node,
        action_type: action,
        action_label: safeLabel,
        payload: payload ?? null,
        thought_text: thought ?? null,
        related_fix_id: options.fixId ?? null,
        related_ci_event_id: options.ciEventId ?? null,
      });
      const event: StepEvent = {
        runId,
        stepIndex: row.step_index,
        node,
        action,
        label: safeLabel,
        thought,
        payload,
        at: new Date().toISOString(),
      };
      await runtime.pushEvent(runId, event);
      await runtime.setField(runId, 'current_node', node);
      logger.debug({ runId, stage: node, action }, 'step');
      onStep?.(event);
    },
    async live(field, value) {
      await runtime.setField(runId, field, value);
    },
  };
}
