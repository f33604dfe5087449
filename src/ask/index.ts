// "Ask the run" (issue 7): questions in plain words answered from a run's own record, citing its steps.
export { askRun, type AskOptions } from './answer.ts';
export { loadRunRecord } from './run-record.ts';
export { parseQuestion, type ParsedQuestion, type QuestionKind } from './question.ts';
export type { AskResult, Citation, CiEventFacts, FixFacts, RunFacts, RunRecord, TraceFacts } from './types.ts';
