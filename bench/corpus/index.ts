// The benchmark corpus: every single-bug repository, in a fixed order.
import { javascriptCases } from './js-cases.ts';
import { pythonCases } from './python-cases.ts';
import { typescriptCases } from './ts-cases.ts';
import type { BenchCase, CorpusTools } from './types.ts';

export type { BenchCase, CorpusTools, SeededBug } from './types.ts';

/** All cases the machine can run (TypeScript ones only when tsc was found). */
export function corpusCases(tools: CorpusTools): BenchCase[] {
  return [...pythonCases(), ...javascriptCases(), ...typescriptCases(tools)];
}
