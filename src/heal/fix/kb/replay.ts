// Carries a remembered fix over to the current file: finds the window the fix was made in (as it
// was, or with the program's names consistently renamed) and makes the same change there.
import type { Language } from '../../types.ts';
import { alignTokens, bind, copyRenaming, emptyRenaming, isIdentity, renamedPairs, renameLine, type Renaming } from './renaming.ts';
import { indentOf, lexLine, type Token } from './tokens.ts';
import { changedLines, type EditWindow } from './window.ts';

export interface ReplayOptions {
  language: Language;
  /** 1-based line where the window should start; null to look through the whole text. */
  near: number | null;
  /** How far from `near` the window may be found, in lines. */
  drift?: number;
  /** Pairs known before looking (the names in the two failure messages), remembered -> current. */
  seeds?: Array<[string, string]>;
}

export interface ReplayFit {
  text: string;
  /** 1-based line of the first changed line in the new text. */
  line: number;
  /** Names that differ, remembered -> current; empty when the window was found as it was. */
  renames: Array<[string, string]>;
  /** Lines between where the window was expected and where it was found; null when searched everywhere. */
  drift: number | null;
  /** Another place fitted equally well; the first was taken. */
  ambiguous: boolean;
  /** In (0, 1]: 1 for the window as it was at the expected line, less for renames, drift, ambiguity. */
  fit: number;
}

interface Lexed {
  text: string;
  indent: string;
  tokens: Token[];
}

interface Match {
  position: number;
  renaming: Renaming;
  /** The current code's indentation where the window's own indentation was. */
  base: string;
}

export const DEFAULT_DRIFT = 2;

// How much a replay is trusted: renamed code, a window found by content alone, a shifted place or a
// second fitting place each add doubt; the gate still verifies every replay.
const FIT = { renamed: 0.85, unanchored: 0.9, perLineOfDrift: 0.05, ambiguous: 0.8 };

/** The text with the remembered fix made again, or null when the window is not there. */
export function replayWindow(window: EditWindow, text: string, opts: ReplayOptions): ReplayFit | null {
  const stored = window.before.map((line) => lex(line, opts.language));
  const storedBase = baseIndent(stored);
  if (storedBase === null) return null;
  const seeds = seedRenaming(opts.seeds ?? []);
  const lines = text.split('\n');
  const cache = new Map<number, Lexed>();
  const lexedAt = (i: number): Lexed => cache.get(i) ?? cache.set(i, lex(lines[i], opts.language)).get(i)!;

  const matches: Match[] = [];
  for (const position of positions(lines.length, stored.length, opts)) {
    const found = matchAt(stored, storedBase, position, lexedAt, seeds);
    if (found) matches.push(found);
  }
  const best = pick(matches, opts.near);
  if (!best) return null;

  const { added } = changedLines(window);
  const replacement: string[] = [];
  for (const line of added) {
    const renamed = renameLine(line, opts.language, best.match.renaming);
    const placed = renamed === null ? null : reindent(renamed, storedBase, best.match.base);
    if (placed === null) return null;
    replacement.push(placed);
  }
  const start = best.match.position + window.above;
  const removedCount = window.before.length - window.above - window.below;
  const result = [...lines.slice(0, start), ...replacement, ...lines.slice(start + removedCount)].join('\n');
  if (result === text) return null;
  const drift = opts.near === null ? null : Math.abs(best.match.position + 1 - opts.near);
  const exact = isIdentity(best.match.renaming);
  const fit = (exact ? 1 : FIT.renamed) * (drift === null ? FIT.unanchored : 1 - FIT.perLineOfDrift * drift) * (best.ambiguous ? FIT.ambiguous : 1);
  return { text: result, line: start + 1, renames: renamedPairs(best.match.renaming), drift, ambiguous: best.ambiguous, fit };
}

// A line with its indentation and tokens, compared many times, so lexed once.
function lex(text: string, language: Language): Lexed {
  return { text, indent: indentOf(text), tokens: lexLine(text, language) };
}

// The shortest indentation of the window's code lines, which every other one must start with.
function baseIndent(lines: Lexed[]): string | null {
  const code = lines.filter((l) => l.tokens.length > 0);
  if (code.length === 0) return null;
  const base = code.reduce((shortest, l) => (l.indent.length < shortest.length ? l.indent : shortest), code[0].indent);
  return code.every((l) => l.indent.startsWith(base)) ? base : null;
}

// The renaming the two failure messages already imply, before any code is compared.
function seedRenaming(seeds: Array<[string, string]>): Renaming {
  const renaming = emptyRenaming();
  for (const [from, to] of seeds) {
    const trial = copyRenaming(renaming);
    // Dotted names pair part by part; a seed that contradicts the others is dropped, not trusted.
    const a = from.split('.');
    const b = to.split('.');
    if (a.length === b.length && a.every((part, i) => bind(trial.names, part, b[i]))) renaming.names = trial.names;
  }
  return renaming;
}

// 0-based window starts to try: around the expected line, nearest first, or everywhere.
function* positions(lineCount: number, size: number, opts: ReplayOptions): Generator<number> {
  const last = lineCount - size;
  if (opts.near === null) {
    for (let p = 0; p <= last; p++) yield p;
    return;
  }
  const expected = opts.near - 1;
  const drift = opts.drift ?? DEFAULT_DRIFT;
  for (let d = 0; d <= drift; d++) {
    for (const p of d === 0 ? [expected] : [expected - d, expected + d]) if (p >= 0 && p <= last) yield p;
  }
}

// The renaming under which the window is the code at `position`, or null when it is not there.
function matchAt(stored: Lexed[], storedBase: string, position: number, lexedAt: (i: number) => Lexed, seeds: Renaming): Match | null {
  const renaming = copyRenaming(seeds);
  let base: string | null = null;
  for (let i = 0; i < stored.length; i++) {
    const want = stored[i];
    const have = lexedAt(position + i);
    if ((want.tokens.length === 0) !== (have.tokens.length === 0)) return null;
    if (want.tokens.length === 0) continue;
    // The same indentation relative to the window: the code may sit deeper or shallower as a whole.
    const relative = want.indent.slice(storedBase.length);
    if (!have.indent.endsWith(relative)) return null;
    const lineBase = have.indent.slice(0, have.indent.length - relative.length);
    if (base !== null && lineBase !== base) return null;
    base = lineBase;
    if (!alignTokens(want.tokens, have.tokens, renaming)) return null;
  }
  return { position, renaming, base: base ?? storedBase };
}

// The match to use: the nearest, then the one found as it was, then the first; ambiguous when another ties.
function pick(matches: Match[], near: number | null): { match: Match; ambiguous: boolean } | null {
  const rank = (m: Match): number => (near === null ? 0 : 2 * Math.abs(m.position + 1 - near)) + (isIdentity(m.renaming) ? 0 : 1);
  const ranked = [...matches].sort((a, b) => rank(a) - rank(b));
  if (ranked.length === 0) return null;
  return { match: ranked[0], ambiguous: ranked.length > 1 && rank(ranked[1]) === rank(ranked[0]) };
}

// A new line moved from the window's indentation to the current code's; null when it would sit outside it.
function reindent(line: string, storedBase: string, base: string): string | null {
  if (line.trim() === '') return line;
  if (!line.startsWith(storedBase)) return null;
  return base + line.slice(storedBase.length);
}
