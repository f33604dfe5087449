// Every deterministic JavaScript/TypeScript lint fixer, one per family of ESLint rules (lint-rules.ts).
import type { Fixer } from '../../types.ts';
import { jsEqeqeqFixer } from './js-lint-eqeqeq.ts';
import { jsPreferConstFixer } from './js-lint-prefer-const.ts';
import { jsPrototypeBuiltinsFixer } from './js-lint-prototype-builtins.ts';
import { jsSemicolonFixer } from './js-lint-semicolon.ts';
import { jsUnusedVariableFixer } from './js-lint-unused-variable.ts';

// The JavaScript/TypeScript lint fixers, for the registry: each declines every rule but its own.
export function jsLintFixers(): Fixer[] {
  return [jsUnusedVariableFixer(), jsPreferConstFixer(), jsEqeqeqFixer(), jsSemicolonFixer(), jsPrototypeBuiltinsFixer()];
}
