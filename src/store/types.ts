// Value sets of the schema's CHECK constraints, shared by models, queries and tests.

export type RunStatus = 'queued' | 'running' | 'passed' | 'failed' | 'quarantined';
export const RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'passed', 'failed', 'quarantined'];
export type TerminalRunStatus = 'passed' | 'failed' | 'quarantined';

export type FixStatus = 'applied' | 'failed' | 'rolled_back' | 'skipped';
export const FIX_STATUSES: readonly FixStatus[] = ['applied', 'failed', 'rolled_back', 'skipped'];

export type CiEventStatus = 'pending' | 'running' | 'passed' | 'failed';
export const CI_EVENT_STATUSES: readonly CiEventStatus[] = ['pending', 'running', 'passed', 'failed'];

/** The fix strategies of DESIGN.md section 6, step 4; each has a weight column `strategy_<name>`. */
export type StrategyName = 'rule_first' | 'kb_lookup' | 'llm_single' | 'llm_consensus';
export const STRATEGY_NAMES: readonly StrategyName[] = ['rule_first', 'kb_lookup', 'llm_single', 'llm_consensus'];

/** Weights of the four strategies for one bug type; they sum to 1. */
export type StrategyWeightSet = Record<StrategyName, number>;
