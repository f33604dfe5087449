// flake8 (pycodestyle E/W, pyflakes F, mccabe C9) codes -> bug types, by longest prefix.
// Plugins' codes (B, D, N, I...) are absent on purpose: they stay null rather than guessed.
import type { ClassTable } from './table.ts';
import { lookupByPrefix } from './table.ts';
import type { BugType } from '../../types.ts';

export const FLAKE8_TABLE: ClassTable = {
  // E1: indentation, including continuation-line indentation (E12x) and mixed tabs/spaces (E101).
  E1: 'INDENTATION',
  E2: 'LINTING', // whitespace
  E3: 'LINTING', // blank lines
  E4: 'LINTING', // imports placement (E401, E402)
  E5: 'LINTING', // line length
  E7: 'LINTING', // statements: E711 / E712 comparisons, E722 bare except, E731 lambda
  E9: 'SYNTAX', // E901 SyntaxError / TokenError
  E902: null, // IOError: the file could not be read, nothing to fix in code
  // E999 is whatever compile() raised: the message names the class.
  E999: [
    { match: /^(IndentationError|TabError)\b/, bugType: 'INDENTATION' },
    { bugType: 'SYNTAX' },
  ],
  W1: 'INDENTATION', // W191 indentation contains tabs
  W2: 'LINTING', // trailing whitespace
  W3: 'LINTING', // blank lines at end of file
  W5: 'LINTING', // line breaks around operators
  W6: 'LINTING', // deprecated syntax (W605 invalid escape)
  // pyflakes. F821 (undefined name) stays LINTING: flake8 reports it as lint, even when an import would fix it.
  F: 'LINTING',
  F70: 'SYNTAX', // F701-F707: break/continue/return/yield outside their block, a compile-time SyntaxError
  F999: null,
  C9: 'LINTING', // mccabe complexity
};

/** Bug type of a flake8 code; null when the code is not in the table. */
export function classifyFlake8(code: string, message: string): BugType | null {
  return lookupByPrefix(FLAKE8_TABLE, code, message);
}
