// Which lint codes each deterministic lint fixer answers: flake8 codes (pycodestyle E/W,
// pyflakes F) and ESLint rule ids, as the parsers put them in Failure.code. A code absent here
// is left to other fixers (unused imports, undefined names) or declined.

/** The Python lint fixers, by name. */
export type PyLintFixerName =
  | 'py-lint-unused-variable'
  | 'py-lint-redefinition'
  | 'py-lint-comparison'
  | 'py-lint-bare-except'
  | 'py-lint-fstring'
  | 'py-lint-escape'
  | 'py-lint-idioms'
  | 'py-lint-one-statement'
  | 'py-lint-whitespace'
  | 'py-lint-comments'
  | 'py-lint-blank-lines'
  | 'py-lint-line-length';

/** The JavaScript/TypeScript lint fixers, by name. */
export type JsLintFixerName = 'js-lint-unused-variable' | 'js-lint-prefer-const' | 'js-lint-eqeqeq' | 'js-lint-semicolon' | 'js-lint-prototype-builtins';

export const PY_LINT_RULES: Record<string, PyLintFixerName> = {
  F841: 'py-lint-unused-variable', // local variable 'x' is assigned to but never used
  F811: 'py-lint-redefinition', // redefinition of unused 'x' from line n
  E711: 'py-lint-comparison', // comparison to None should be 'if cond is None:'
  E712: 'py-lint-comparison', // comparison to True should be 'if cond is True:' or 'if cond:'
  E722: 'py-lint-bare-except', // do not use bare 'except'
  E713: 'py-lint-idioms', // test for membership should be 'not in'
  E714: 'py-lint-idioms', // test for object identity should be 'is not'
  F632: 'py-lint-idioms', // use ==/!= to compare constant literals
  E731: 'py-lint-idioms', // do not assign a lambda expression, use a def
  E701: 'py-lint-one-statement', // multiple statements on one line (colon)
  E702: 'py-lint-one-statement', // multiple statements on one line (semicolon)
  E703: 'py-lint-one-statement', // statement ends with a semicolon
  E401: 'py-lint-one-statement', // multiple imports on one line
  F541: 'py-lint-fstring', // f-string is missing placeholders
  W605: 'py-lint-escape', // invalid escape sequence '\w'
  W291: 'py-lint-whitespace', // trailing whitespace
  W293: 'py-lint-whitespace', // blank line contains whitespace
  W391: 'py-lint-whitespace', // blank line at end of file
  W292: 'py-lint-whitespace', // no newline at end of file
  E225: 'py-lint-whitespace', // missing whitespace around operator
  E231: 'py-lint-whitespace', // missing whitespace after ','
  E203: 'py-lint-whitespace', // whitespace before ':'
  E251: 'py-lint-whitespace', // unexpected spaces around keyword / parameter equals
  E261: 'py-lint-comments', // at least two spaces before inline comment
  E262: 'py-lint-comments', // inline comment should start with '# '
  E265: 'py-lint-comments', // block comment should start with '# '
  E266: 'py-lint-comments', // too many leading '#' for block comment
  E301: 'py-lint-blank-lines', // expected 1 blank line, found 0
  E302: 'py-lint-blank-lines', // expected 2 blank lines, found n
  E303: 'py-lint-blank-lines', // too many blank lines (n)
  E304: 'py-lint-blank-lines', // blank lines found after function decorator (n)
  E305: 'py-lint-blank-lines', // expected 2 blank lines after class or function definition, found n
  E306: 'py-lint-blank-lines', // expected 1 blank line before a nested definition, found 0
  E501: 'py-lint-line-length', // line too long (n > max characters)
};

export const JS_LINT_RULES: Record<string, JsLintFixerName> = {
  'no-unused-vars': 'js-lint-unused-variable',
  '@typescript-eslint/no-unused-vars': 'js-lint-unused-variable',
  // tsc's noUnusedLocals says the same of a variable; imports are ts-unused-import's.
  TS6133: 'js-lint-unused-variable',
  'prefer-const': 'js-lint-prefer-const',
  eqeqeq: 'js-lint-eqeqeq',
  semi: 'js-lint-semicolon',
  '@stylistic/semi': 'js-lint-semicolon',
  'no-extra-semi': 'js-lint-semicolon',
  '@typescript-eslint/no-extra-semi': 'js-lint-semicolon',
  'no-prototype-builtins': 'js-lint-prototype-builtins',
};

// The codes of one table that a fixer of that name answers.
export function codesOf<Name extends string>(table: Record<string, Name>, name: Name): string[] {
  return Object.entries(table)
    .filter(([, fixer]) => fixer === name)
    .map(([code]) => code);
}
