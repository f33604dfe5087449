// The benchmark corpus: every single-bug repository, in a fixed order.
import { javascriptCases } from './js-cases.ts';
import { pythonCases } from './python-cases.ts';
import { typescriptCases } from './ts-cases.ts';
import type { BenchCase } from './types.ts';

export type { BenchCase, SeededBug } from './types.ts';

/** All cases, Python first. */
export function corpusCases(): BenchCase[] {
  return [...pythonCases(), ...javascriptCases(), ...typescriptCases()];
}
