// mypy error codes (the "[code]" at the end of each error) -> bug types.
import type { ClassTable } from './table.ts';
import { lookupExact } from './table.ts';
import type { BugType } from '../../types.ts';

export const MYPY_TABLE: ClassTable = {
  syntax: 'SYNTAX',
  import: 'IMPORT',
  'import-not-found': 'IMPORT',
  'import-untyped': 'IMPORT',
  // Same as NameError: an undefined name is usually a missing import.
  'name-defined': 'IMPORT',
  'attr-defined': [
    { match: /^Module "[^"]+" has no attribute/, bugType: 'IMPORT' },
    { bugType: 'TYPE_ERROR' },
  ],
  'arg-type': 'TYPE_ERROR',
  'call-arg': 'TYPE_ERROR',
  'call-overload': 'TYPE_ERROR',
  'return-value': 'TYPE_ERROR',
  return: 'TYPE_ERROR',
  assignment: 'TYPE_ERROR',
  operator: 'TYPE_ERROR',
  'union-attr': 'TYPE_ERROR',
  index: 'TYPE_ERROR',
  'list-item': 'TYPE_ERROR',
  'dict-item': 'TYPE_ERROR',
  'typeddict-item': 'TYPE_ERROR',
  override: 'TYPE_ERROR',
  'has-type': 'TYPE_ERROR',
  'valid-type': 'TYPE_ERROR',
  'type-arg': 'TYPE_ERROR',
  'var-annotated': 'TYPE_ERROR',
  'func-returns-value': 'TYPE_ERROR',
  'no-any-return': 'TYPE_ERROR',
  'no-untyped-def': 'TYPE_ERROR',
  'no-untyped-call': 'TYPE_ERROR',
  abstract: 'TYPE_ERROR',
  'str-bytes-safe': 'TYPE_ERROR',
  'no-redef': 'LINTING',
  'unused-ignore': 'LINTING',
  'redundant-cast': 'LINTING',
  'unused-coroutine': 'LINTING',
  unreachable: 'LINTING',
};

/** Bug type of a mypy error code; null for codes not in the table (and code-less old output). */
export function classifyMypy(code: string | undefined, message: string): BugType | null {
  return lookupExact(MYPY_TABLE, code, message);
}
