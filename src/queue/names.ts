// Queue names and key prefix of DESIGN.md section 4: BullMQ keys are `bull:<queue>:*`.

export type QueueName = 'agent-runs' | 'pdf-export';

/** Healing runs: one job per run, its id the run id. */
export const AGENT_RUNS_QUEUE: QueueName = 'agent-runs';

/** PDF reports rendered after a run ends. */
export const PDF_EXPORT_QUEUE: QueueName = 'pdf-export';

/** BullMQ's default key prefix; tests pass a prefix of their own so they never touch real queues. */
export const QUEUE_PREFIX = 'bull';
