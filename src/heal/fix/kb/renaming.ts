// A consistent renaming between two pieces of code: each name (and string literal) of one stands
// for exactly one of the other, both ways, so a fix can be carried over with the names swapped.
import type { Language } from '../../types.ts';
import { lexLine, type Token } from './tokens.ts';

/** One-to-one pairs, from the remembered code to the current code. */
export interface Renaming {
  names: Map<string, string>;
  strings: Map<string, string>;
}

/** An empty renaming. */
export function emptyRenaming(): Renaming {
  return { names: new Map(), strings: new Map() };
}

/** A copy, so a failed alignment leaves the original as it was. */
export function copyRenaming(renaming: Renaming): Renaming {
  return { names: new Map(renaming.names), strings: new Map(renaming.strings) };
}

/** Adds a pair; false when it contradicts one already there (either way round). */
export function bind(map: Map<string, string>, from: string, to: string): boolean {
  const known = map.get(from);
  if (known !== undefined) return known === to;
  for (const [other, image] of map) if (image === to && other !== from) return false;
  map.set(from, to);
  return true;
}

/** Aligns two token streams, extending the renaming; false when they differ by more than names and strings. */
export function alignTokens(stored: Token[], current: Token[], renaming: Renaming): boolean {
  if (stored.length !== current.length) return false;
  for (let i = 0; i < stored.length; i++) {
    const a = stored[i];
    const b = current[i];
    if (a.kind !== b.kind) return false;
    if (a.kind === 'id' && !bind(renaming.names, a.text, b.text)) return false;
    if (a.kind === 'str' && !bind(renaming.strings, a.text, b.text)) return false;
    if ((a.kind === 'kw' || a.kind === 'num' || a.kind === 'op') && a.text !== b.text) return false;
  }
  return true;
}

/** Whether every pair maps a name to itself. */
export function isIdentity(renaming: Renaming): boolean {
  return [...renaming.names, ...renaming.strings].every(([from, to]) => from === to);
}

/** The pairs that change something, for the record ("mean -> average"). */
export function renamedPairs(renaming: Renaming): Array<[string, string]> {
  return [...renaming.names, ...renaming.strings].filter(([from, to]) => from !== to);
}

/**
 * A line of the remembered fix with the renaming applied, spacing and comments kept. A name the
 * fix introduces is kept as it is, unless the current code already uses it for another name: then
 * null, as the fix would mix two of them up.
 */
export function renameLine(line: string, language: Language, renaming: Renaming): string | null {
  let result = '';
  let at = 0;
  for (const token of lexLine(line, language)) {
    const map = token.kind === 'id' ? renaming.names : token.kind === 'str' ? renaming.strings : null;
    if (!map) continue;
    const mapped = map.get(token.text);
    if (mapped === undefined && [...map.values()].includes(token.text)) return null;
    result += line.slice(at, token.start) + (mapped ?? token.text);
    at = token.end;
  }
  return result + line.slice(at);
}
