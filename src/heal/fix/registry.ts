// The fixers RIFT knows and which of them may try a given failure.
import type { Failure, Fixer, Language } from '../types.ts';
import { pyMissingTokenFixer } from './rule-first/py-missing-token.ts';
import { pyUnusedImportFixer } from './rule-first/py-unused-import.ts';
import { tsMissingTokenFixer } from './rule-first/ts-missing-token.ts';
import { tsUnusedImportFixer } from './rule-first/ts-unused-import.ts';

// Every built-in fixer, deterministic ones first.
export function defaultFixers(): Fixer[] {
  return [pyMissingTokenFixer(), tsMissingTokenFixer(), pyUnusedImportFixer(), tsUnusedImportFixer()];
}

// The fixers that handle the failure's bug type in the file's language, in the given order.
export function fixersFor(failure: Failure, language: Language, fixers: readonly Fixer[]): Fixer[] {
  if (failure.bugType === null) return [];
  const bugType = failure.bugType;
  return fixers.filter((f) => f.bugTypes.includes(bugType) && f.languages.includes(language));
}
