// The fixers RIFT knows and which of them may try a given failure.
import type { Failure, Fixer, Language } from '../types.ts';
import { repoAutofixer } from './autofix/repo-autofixer.ts';
import type { AutofixRunner } from './autofix/runner.ts';
import { logicMutationFixer } from './logic/logic-mutation-fixer.ts';
import type { LogicRunner } from './logic/logic-runner.ts';
import { kbLookupFixer } from './kb/kb-fixer.ts';
import { llmConsensusFixer, llmSingleFixer } from './llm/index.ts';
import type { LlmSession } from '../../llm/types.ts';
import type { KnowledgeBase } from './kb/types.ts';
import { jsLintFixers } from './rule-first/js-lint-fixers.ts';
import { pyLintFixers } from './rule-first/py-lint-fixers.ts';
import { pyImportModuleFixer } from './rule-first/py-import-module.ts';
import { pyImportNameFixer } from './rule-first/py-import-name.ts';
import { pyImportUndefinedFixer } from './rule-first/py-import-undefined.ts';
import { pyIndentFixer } from './rule-first/py-indent.ts';
import { pyContinuationFixer } from './rule-first/py-indent-continuation.ts';
import { pyIndentStyleFixer } from './rule-first/py-indent-style.ts';
import { pyMissingTokenFixer } from './rule-first/py-missing-token.ts';
import { pySyntaxTokenFixer } from './rule-first/py-syntax-token.ts';
import { pyTypeArgumentFixer } from './rule-first/py-type-argument.ts';
import { pyTypeAssignmentFixer } from './rule-first/py-type-assignment.ts';
import { pyTypeNearNameFixer } from './rule-first/py-type-near-name.ts';
import { pyTypeNoneFixer } from './rule-first/py-type-none.ts';
import { pyTypeOperandsFixer } from './rule-first/py-type-operands.ts';
import { pyTypeReturnFixer } from './rule-first/py-type-return.ts';
import { pyUnusedImportFixer } from './rule-first/py-unused-import.ts';
import { tsImportPathFixer } from './rule-first/ts-import-path.ts';
import { tsImportNameFixer } from './rule-first/ts-import-name.ts';
import { tsMissingImportFixer } from './rule-first/ts-import-missing.ts';
import { tsMissingTokenFixer } from './rule-first/ts-missing-token.ts';
import { tsSyntaxTokenFixer } from './rule-first/ts-syntax-token.ts';
import { tsTypeAwaitFixer } from './rule-first/ts-type-await.ts';
import { tsTypeMismatchFixer } from './rule-first/ts-type-mismatch.ts';
import { tsTypeNearNameFixer } from './rule-first/ts-type-near-name.ts';
import { tsTypeNoneFixer } from './rule-first/ts-type-none.ts';
import { tsUnusedImportFixer } from './rule-first/ts-unused-import.ts';

export interface FixerTools {
  /** Runs the repository's own autofixer in the sandbox; without it that fixer is left out. */
  autofix?: AutofixRunner;
  /** Runs the repository's tests with a candidate patch or a tracer; without it LOGIC repair is left out. */
  logic?: LogicRunner;
  /** CI-confirmed fixes of earlier runs (the `kb_lookup` strategy); without it that strategy is left out. */
  kb?: KnowledgeBase;
  /** The run's LLM session (LLM_PROVIDER set); the LLM strategies also need `logic` to try their answers. */
  llm?: LlmSession;
}

// Every built-in fixer, grouped by bug type; within a type each declines what is not its kind, so
// the order only decides between two that both apply (the more specific first). The repository's
// own configured autofixer goes before RIFT's rules, as its maintainers chose it.
export function defaultFixers(tools: FixerTools = {}): Fixer[] {
  return [
    // Its own strategy: the weights, not this position, decide when it is tried.
    ...(tools.kb ? [kbLookupFixer(tools.kb)] : []),
    ...(tools.autofix ? [repoAutofixer(tools.autofix)] : []),
    // SYNTAX
    pyMissingTokenFixer(),
    pySyntaxTokenFixer(),
    tsMissingTokenFixer(),
    tsSyntaxTokenFixer(),
    // INDENTATION
    pyIndentFixer(),
    pyIndentStyleFixer(),
    pyContinuationFixer(),
    // IMPORT
    pyImportModuleFixer(),
    pyImportNameFixer(),
    pyImportUndefinedFixer(),
    tsImportPathFixer(),
    tsImportNameFixer(),
    tsMissingImportFixer(),
    // TYPE_ERROR
    pyTypeNoneFixer(),
    tsTypeNoneFixer(),
    pyTypeOperandsFixer(),
    pyTypeArgumentFixer(),
    pyTypeReturnFixer(),
    pyTypeAssignmentFixer(),
    pyTypeNearNameFixer(),
    tsTypeNearNameFixer(),
    tsTypeAwaitFixer(),
    tsTypeMismatchFixer(),
    // LINTING
    pyUnusedImportFixer(),
    tsUnusedImportFixer(),
    ...pyLintFixers(),
    ...jsLintFixers(),
    // LOGIC
    ...(tools.logic ? [logicMutationFixer(tools.logic)] : []),
    // Any bug type, when a model is configured: strategies of their own, ordered by the weights.
    ...(tools.llm && tools.logic ? [llmSingleFixer({ session: tools.llm, runner: tools.logic }), llmConsensusFixer({ session: tools.llm, runner: tools.logic })] : []),
  ];
}

// The fixers that handle the failure's bug type in the file's language, in the given order.
export function fixersFor(failure: Failure, language: Language, fixers: readonly Fixer[]): Fixer[] {
  if (failure.bugType === null) return [];
  const bugType = failure.bugType;
  return fixers.filter((f) => f.bugTypes.includes(bugType) && f.languages.includes(language));
}
