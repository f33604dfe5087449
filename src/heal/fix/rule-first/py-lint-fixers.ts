// Every deterministic Python lint fixer, one per family of flake8 codes (lint-rules.ts).
import type { Fixer } from '../../types.ts';
import { pyBareExceptFixer } from './py-lint-bare-except.ts';
import { pyBlankLinesFixer } from './py-lint-blank-lines.ts';
import { pyCommentsFixer } from './py-lint-comments.ts';
import { pyEscapeFixer } from './py-lint-escape.ts';
import { pyComparisonFixer } from './py-lint-comparison.ts';
import { pyFstringFixer } from './py-lint-fstring.ts';
import { pyIdiomsFixer } from './py-lint-idioms.ts';
import { pyOneStatementFixer } from './py-lint-one-statement.ts';
import { pyLineLengthFixer } from './py-lint-line-length.ts';
import { pyRedefinitionFixer } from './py-lint-redefinition.ts';
import { pyUnusedVariableFixer } from './py-lint-unused-variable.ts';
import { pyWhitespaceFixer } from './py-lint-whitespace.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

// The Python lint fixers, for the registry: each declines every code but its own.
export function pyLintFixers(options: PythonFixerOptions = {}): Fixer[] {
  return [
    pyUnusedVariableFixer(options),
    pyRedefinitionFixer(options),
    pyComparisonFixer(options),
    pyBareExceptFixer(options),
    pyFstringFixer(options),
    pyEscapeFixer(options),
    pyIdiomsFixer(options),
    pyOneStatementFixer(options),
    pyWhitespaceFixer(options),
    pyCommentsFixer(options),
    pyBlankLinesFixer(options),
    pyLineLengthFixer(options),
  ];
}
