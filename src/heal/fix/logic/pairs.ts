// Pairs of single edits, for bugs that need two: only edits that already made fewer of the failing
// tests fail are worth pairing, each with the edits of the most suspicious lines, two such edits
// together first.
import { byPreference, pairCandidate, type Candidate } from './candidate.ts';
import type { Verdict } from './verdict.ts';

/** Partners come from this many of the best-ranked lines. */
const PARTNER_LINES = 3;

// Up to `limit` pairs, best first; numbered after the singles.
export function buildPairs(singles: Candidate[], verdicts: ReadonlyMap<string, Verdict>, limit: number, originals: ReadonlyMap<string, string>): Candidate[] {
  const improved = singles.filter((c) => verdicts.get(c.id)?.improved);
  const partners = singles.filter((c) => c.group < PARTNER_LINES);
  const seen = new Set<string>();
  const pairs: Candidate[] = [];
  let order = singles.length;
  for (const a of improved) {
    for (const b of partners) {
      const key = [a.id, b.id].sort().join('+');
      if (a.id === b.id || seen.has(key)) continue;
      seen.add(key);
      const pair = pairCandidate(a, b, order, originals);
      if (pair) {
        pairs.push(pair);
        order += 1;
      }
    }
  }
  // Two edits that each helped are the likeliest pair; then the smallest, best-ranked.
  const both = (p: Candidate) => (p.mutants.every((m) => improved.some((c) => c.mutants[0] === m)) ? 0 : 1);
  return pairs.sort((x, y) => both(x) - both(y) || byPreference(x, y)).slice(0, Math.max(0, limit));
}
