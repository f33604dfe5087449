// The LLM strategies (issue 6): both only propose; the pipeline's gate verifies every patch again.
export { llmSingleFixer, type LlmSingleOptions } from './llm-single-fixer.ts';
export { llmConsensusFixer, type LlmConsensusOptions } from './llm-consensus-fixer.ts';
export type { LlmFixerOptions } from './llm-context.ts';
