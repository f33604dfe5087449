// The shape of a classification table: a tool's code -> bug type, optionally refined by the message
// when one code covers two kinds of problem (flake8 E999 is a SyntaxError or an IndentationError).
import type { BugType } from '../../types.ts';

/** A refinement: the first rule whose pattern matches the message wins; no pattern matches anything. */
export interface MessageRule {
  match?: RegExp;
  bugType: BugType | null;
}

export type TableEntry = BugType | null | readonly MessageRule[];

export type ClassTable = Readonly<Record<string, TableEntry>>;

/** Resolves one entry against a message; undefined when no rule applies. */
export function resolveEntry(entry: TableEntry | undefined, message: string): BugType | null | undefined {
  if (entry === undefined || entry === null || typeof entry === 'string') return entry;
  for (const rule of entry) {
    if (!rule.match || rule.match.test(message)) return rule.bugType;
  }
  return undefined;
}

/** Exact-code lookup: a code absent from the table is null, never guessed. */
export function lookupExact(table: ClassTable, code: string | undefined, message: string): BugType | null {
  if (!code || !Object.hasOwn(table, code)) return null;
  return resolveEntry(table[code], message) ?? null;
}

/** Longest-prefix lookup, for code families (flake8 "E1" covers E101..E131). */
export function lookupByPrefix(table: ClassTable, code: string | undefined, message: string): BugType | null {
  if (!code) return null;
  for (let n = code.length; n > 0; n--) {
    const key = code.slice(0, n);
    if (!Object.hasOwn(table, key)) continue;
    const hit = resolveEntry(table[key], message);
    if (hit !== undefined) return hit;
  }
  return null;
}
