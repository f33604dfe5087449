// TypeScript diagnostic codes -> bug types: explicit codes first, then the code families by range.
import type { ClassTable } from './table.ts';
import { resolveEntry } from './table.ts';
import type { BugType } from '../../types.ts';

const IMPORT_CODES = [
  1149, // file name differs only in casing
  1192, // module has no default export
  1202, // import assignment in an ES module
  1259, // can only be default-imported using esModuleInterop
  1361, 1362, // imported with `import type`, used as a value
  1371, // import never used as a value under importsNotUsedAsValues
  1479, // CommonJS module importing an ES module
  1484, // a type that must be imported with `import type` (verbatimModuleSyntax)
  2304, // cannot find name: the name's import is missing (same choice as Python's NameError)
  2305, 2306, 2307, // no exported member / not a module / cannot find module
  2440, // import conflicts with a local declaration
  2459, 2460, // declared locally but not exported (or exported under another name)
  2497, // module can only be referenced with esModuleInterop
  2503, // cannot find namespace
  2552, // cannot find name, did you mean ...
  2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593, // cannot find name: a missing @types package or lib
  2613, 2614, // default vs named import mix-ups
  2694, // namespace has no exported member
  2724, // no exported member named X, did you mean Y
  2732, // JSON module without resolveJsonModule
  2792, // cannot find module (moduleResolution)
  2834, 2835, // relative import paths need explicit file extensions
  7016, // could not find a declaration file for module
];

const LINTING_CODES = [
  2578, // unused @ts-expect-error directive
  4114, 4115, 4116, // missing `override` modifier
  6133, 6138, 6192, 6196, 6198, 6199, 6205, // declared but never used (noUnused*)
  7027, 7028, 7029, 7030, // unreachable code, unused label, switch fallthrough, not all paths return
];

const TYPE_ERROR_CODES = [
  1055, 1064, // async function return types
  1166, 1169, 1170, // computed property names in classes and types
  7005, 7006, 7008, 7010, 7011, 7015, 7017, 7018, 7019, 7022, 7023, 7024, 7031, 7034, 7053, // implicit any
  18046, 18047, 18048, 18049, 18050, // possibly null / undefined / unknown
];

const SYNTAX_CODES = [
  1308, // 'await' outside an async function
  1351, 1381, 1382, // unexpected characters and tokens
  1434, 1435, // unexpected keyword or identifier
];

function codes(list: readonly number[], bugType: BugType): Record<string, BugType> {
  return Object.fromEntries(list.map((n) => [`TS${n}`, bugType]));
}

export const TSC_TABLE: ClassTable = {
  ...codes(SYNTAX_CODES, 'SYNTAX'),
  ...codes(TYPE_ERROR_CODES, 'TYPE_ERROR'),
  ...codes(LINTING_CODES, 'LINTING'),
  ...codes(IMPORT_CODES, 'IMPORT'),
};

/** Code families for codes not listed: TS1000-1199 are the parser's grammar errors, TS2xxx the checker's. */
export const TSC_RANGES: readonly { from: number; to: number; bugType: BugType }[] = [
  { from: 1000, to: 1199, bugType: 'SYNTAX' },
  { from: 2000, to: 2999, bugType: 'TYPE_ERROR' },
];

/** Bug type of a tsc diagnostic ("TS2322"); null for codes in neither the table nor a family. */
export function classifyTsc(code: string, message: string): BugType | null {
  if (Object.hasOwn(TSC_TABLE, code)) return resolveEntry(TSC_TABLE[code], message) ?? null;
  const n = Number(code.replace(/^TS/, ''));
  const range = TSC_RANGES.find((r) => n >= r.from && n <= r.to);
  return range ? range.bugType : null;
}
