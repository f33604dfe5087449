// The Objection models of the six tables, and of the optional knowledge base.
export { Run } from './run.ts';
export { Fix } from './fix.ts';
export { CiEvent } from './ci-event.ts';
export { ExecutionTrace } from './execution-trace.ts';
export { StrategyWeight } from './strategy-weight.ts';
export { BenchmarkScore } from './benchmark-score.ts';
export { FixPattern } from './fix-pattern.ts';
