// The one candidate a misspelling most plausibly meant: a typo is a keystroke or two off, and
// two equally close candidates mean a guess, so it declines instead.
import { nearest } from '../edit-distance.ts';

// The unique candidate nearest to `wanted` within its typo budget; null when none is close or two tie.
export function uniqueClosest(wanted: string, candidates: Iterable<string>): string | null {
  const found = nearest(wanted, candidates);
  return found.length === 1 ? found[0] : null;
}
