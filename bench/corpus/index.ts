// The benchmark corpus: every single-bug repository, in a fixed order.
import { indentationCases } from './indentation-cases.ts';
import { javascriptCases } from './js-cases.ts';
import { jsImportCases } from './js-import-cases.ts';
import { lintCases } from './lint-cases.ts';
import { logicCases } from './logic-cases.ts';
import { noneGuardCases } from './none-guard-cases.ts';
import { pythonCases } from './python-cases.ts';
import { pythonImportCases } from './python-import-cases.ts';
import { syntaxCases } from './syntax-cases.ts';
import { typescriptCases } from './ts-cases.ts';
import { typeErrorCases } from './type-error-cases.ts';
import type { BenchCase } from './types.ts';

export type { BenchCase, SeededBug } from './types.ts';
export { GIVE_UP_KIND } from './logic-cases.ts';

/** All cases, Python first. */
export function corpusCases(): BenchCase[] {
  return [
    ...pythonCases(),
    ...javascriptCases(),
    ...typescriptCases(),
    ...indentationCases(),
    ...pythonImportCases(),
    ...jsImportCases(),
    ...typeErrorCases(),
    ...noneGuardCases(),
    ...lintCases(),
    ...syntaxCases(),
    ...logicCases(),
  ];
}
