// The LOGIC corpus: single-edit bugs in Python and JavaScript, then the cases RIFT must give up on.
import { logicGiveUpCases } from './logic-give-up-cases.ts';
import { jsLogicCases } from './logic-js-cases.ts';
import { pySearchCases } from './logic-py-cases.ts';
import { pyEditCases } from './logic-py-edit-cases.ts';
import { pyMathCases } from './logic-py-math-cases.ts';
import type { BenchCase } from './types.ts';

export { GIVE_UP_KIND } from './logic-give-up-cases.ts';

/** Every LOGIC case, Python first, the give-up cases last. */
export function logicCases(): BenchCase[] {
  return [...pySearchCases(), ...pyMathCases(), ...pyEditCases(), ...jsLogicCases(), ...logicGiveUpCases()];
}
