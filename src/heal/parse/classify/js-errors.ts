// JavaScript error classes and Node error codes -> bug types (node runtime, node:test, jest, vitest).
import type { ClassTable } from './table.ts';
import { lookupExact } from './table.ts';
import type { BugType } from '../../types.ts';

const NOT_EXPORTED = /does not provide an export named|has no exported member|is not exported by/;
const MISSING_MODULE = /^Cannot find (module|package)\b|^Failed to (resolve|load url) (import|module)\b/;
// Vite's import analysis (vitest) when a module does not parse; it names the file in a `File:` line.
const BUNDLER_PARSE = /contains invalid JS syntax|^Parse failure\b/;

export const JS_ERROR_TABLE: ClassTable = {
  SyntaxError: [
    // The ESM loader reports a missing named export, and `import` in a CommonJS file, as SyntaxErrors:
    // both are fixed in the import, not in the grammar.
    { match: NOT_EXPORTED, bugType: 'IMPORT' },
    { match: /^Cannot use import statement outside a module/, bugType: 'IMPORT' },
    { bugType: 'SYNTAX' },
  ],
  TypeError: 'TYPE_ERROR',
  // Like Python's NameError: an unknown identifier is usually a missing import; the temporal dead
  // zone ("before initialization") is an ordering mistake instead.
  ReferenceError: [
    { match: /before initialization/, bugType: 'LOGIC' },
    { bugType: 'IMPORT' },
  ],
  AssertionError: 'LOGIC',
  ERR_ASSERTION: 'LOGIC',
  // A wrong value reaching a range check in tested code: a logic bug, as Python's ValueError.
  RangeError: 'LOGIC',
  MODULE_NOT_FOUND: 'IMPORT',
  ERR_MODULE_NOT_FOUND: 'IMPORT',
  ERR_PACKAGE_PATH_NOT_EXPORTED: 'IMPORT',
  ERR_UNSUPPORTED_DIR_IMPORT: 'IMPORT',
  ERR_REQUIRE_ESM: 'IMPORT',
  // A plain Error is only placed when its message says what it is (bundlers' "Cannot find module").
  Error: [
    { match: MISSING_MODULE, bugType: 'IMPORT' },
    { match: BUNDLER_PARSE, bugType: 'SYNTAX' },
  ],
};

/** Bug type of a JS error, by Node's error code when it has one, else by class name. */
export function classifyJsError(name: string, nodeCode: string | undefined, message: string): BugType | null {
  if (nodeCode && Object.hasOwn(JS_ERROR_TABLE, nodeCode)) return lookupExact(JS_ERROR_TABLE, nodeCode, message);
  return lookupExact(JS_ERROR_TABLE, name, message);
}
