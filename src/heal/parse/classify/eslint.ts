// ESLint rule ids -> bug types. Parser failures have no rule id: their message says "Parsing error".
import type { ClassTable } from './table.ts';
import { lookupExact } from './table.ts';
import type { BugType } from '../../types.ts';

const LINT_RULES = [
  'no-unused-vars', '@typescript-eslint/no-unused-vars', 'prefer-const', 'eqeqeq', 'no-var',
  // An undefined identifier is reported as lint by ESLint: kept LINTING, as flake8's F821.
  'no-undef',
  'no-console', 'no-debugger', 'no-empty', 'no-extra-semi', 'no-unreachable', 'no-dupe-keys', 'no-redeclare',
  'no-shadow', 'curly', 'semi', 'quotes', 'no-constant-condition', 'no-useless-escape', 'no-prototype-builtins',
  'no-case-declarations', 'no-fallthrough', 'no-cond-assign', 'no-empty-pattern', 'no-inner-declarations',
  'no-irregular-whitespace', 'no-self-assign', 'no-useless-catch', 'no-unsafe-finally', 'no-sparse-arrays',
  'no-unused-expressions', '@typescript-eslint/no-unused-expressions', 'no-trailing-spaces', 'eol-last',
  'comma-dangle', 'no-multiple-empty-lines', 'object-shorthand', 'prefer-template', 'no-else-return',
  '@typescript-eslint/no-explicit-any', '@typescript-eslint/no-var-requires', '@typescript-eslint/no-require-imports',
  '@typescript-eslint/ban-ts-comment', '@typescript-eslint/no-empty-function', '@typescript-eslint/no-inferrable-types',
  '@typescript-eslint/no-non-null-assertion', '@typescript-eslint/prefer-as-const', '@typescript-eslint/no-empty-object-type',
  '@typescript-eslint/consistent-type-imports', '@typescript-eslint/no-extra-semi',
  // Formatting rules of the stylistic plugin and Prettier's ESLint plugin: whitespace and punctuation.
  '@stylistic/semi', '@stylistic/quotes', '@stylistic/comma-dangle', '@stylistic/no-trailing-spaces', '@stylistic/eol-last',
  'prettier/prettier',
];

const INDENT_RULES = ['indent', '@typescript-eslint/indent', 'no-mixed-spaces-and-tabs', 'no-tabs', '@stylistic/indent'];

const IMPORT_RULES = [
  'import/no-unresolved', 'import/named', 'import/default', 'import/namespace', 'import/no-duplicates',
  'n/no-missing-import', 'n/no-missing-require', 'node/no-missing-import', 'node/no-missing-require', 'no-import-assign',
  'no-restricted-imports',
];

const TYPE_RULES = [
  '@typescript-eslint/no-unsafe-assignment', '@typescript-eslint/no-unsafe-call', '@typescript-eslint/no-unsafe-member-access',
  '@typescript-eslint/no-unsafe-return', '@typescript-eslint/no-unsafe-argument', '@typescript-eslint/restrict-plus-operands',
  '@typescript-eslint/no-floating-promises', '@typescript-eslint/no-misused-promises', 'valid-typeof',
];

function rules(ids: readonly string[], bugType: BugType): Record<string, BugType> {
  return Object.fromEntries(ids.map((id) => [id, bugType]));
}

export const ESLINT_TABLE: ClassTable = {
  ...rules(LINT_RULES, 'LINTING'),
  ...rules(INDENT_RULES, 'INDENTATION'),
  ...rules(IMPORT_RULES, 'IMPORT'),
  ...rules(TYPE_RULES, 'TYPE_ERROR'),
};

/** Bug type of an ESLint problem; "Parsing error" (no rule id) is SYNTAX, unknown rules null. */
export function classifyEslint(ruleId: string | undefined, message: string): BugType | null {
  if (!ruleId) return /^Parsing error\b/.test(message) ? 'SYNTAX' : null;
  return lookupExact(ESLINT_TABLE, ruleId, message);
}
