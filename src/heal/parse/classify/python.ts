// Python exception classes -> bug types (tracebacks from pytest, unittest and plain scripts).
import type { ClassTable } from './table.ts';
import { lookupExact } from './table.ts';
import type { BugType } from '../../types.ts';

export const PYTHON_EXCEPTION_TABLE: ClassTable = {
  SyntaxError: 'SYNTAX',
  IndentationError: 'INDENTATION',
  TabError: 'INDENTATION',
  ModuleNotFoundError: 'IMPORT',
  ImportError: 'IMPORT',
  // A NameError at run time is, in practice, a name used without its import (or a misspelt one):
  // users expect it handled with imports, as tsc's "Cannot find name" and mypy's name-defined are.
  // flake8's F821 is the exception: a linter reports it, so it stays LINTING there.
  NameError: 'IMPORT',
  // A local read before assignment is a control-flow mistake, not a missing import.
  UnboundLocalError: 'LOGIC',
  TypeError: 'TYPE_ERROR',
  AttributeError: [
    // "module 'x' has no attribute 'y'": the import brought the wrong thing (or a circular import).
    { match: /^(partially initialized )?module '[^']+' has no attribute/, bugType: 'IMPORT' },
    { bugType: 'TYPE_ERROR' },
  ],
  AssertionError: 'LOGIC',
  // Wrong values reaching an index, a key or a division inside tested code are logic bugs to users.
  IndexError: 'LOGIC',
  KeyError: 'LOGIC',
  ValueError: 'LOGIC',
  ZeroDivisionError: 'LOGIC',
  RecursionError: 'LOGIC',
};

/** Bug type of a Python exception class (short name, "json.decoder.JSONDecodeError" -> last part). */
export function classifyPythonException(name: string, message: string): BugType | null {
  const short = name.split('.').pop() ?? name;
  return lookupExact(PYTHON_EXCEPTION_TABLE, short, message);
}
