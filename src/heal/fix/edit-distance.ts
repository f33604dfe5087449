// Edit distance for "did you mean": a misspelt name is usually one or two keystrokes away, and
// a swapped pair of letters ("jsno") is one typo, not two, so transpositions count once.
import damerauLevenshtein from 'damerau-levenshtein';

// Optimal-string-alignment Damerau-Levenshtein distance between two strings (the damerau-levenshtein package).
export function editDistance(a: string, b: string): number {
  return a === b ? 0 : damerauLevenshtein(a, b).steps;
}

// The most a name of this length may be misspelt by and still be recognised: one edit for short
// names (where two would reach almost anything), two from five characters on.
export function typoBudget(name: string): number {
  if (name.length <= 2) return 0;
  return name.length < 5 ? 1 : 2;
}

// Candidates at the smallest distance from `name` within its typo budget (the exact name excluded).
export function nearest(name: string, candidates: Iterable<string>): string[] {
  const budget = typoBudget(name);
  let best = budget + 1;
  let found: string[] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    // Cheap bound: lengths further apart than the budget cannot be close.
    if (Math.abs(candidate.length - name.length) > budget) continue;
    const distance = editDistance(name, candidate);
    if (distance > budget) continue;
    if (distance < best) {
      best = distance;
      found = [candidate];
    } else if (distance === best) {
      found.push(candidate);
    }
  }
  return found;
}
