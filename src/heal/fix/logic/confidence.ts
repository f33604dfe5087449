// How sure RIFT is of a patch found by search: less the lower its line ranked, the bigger the
// edit, the more other candidates also passed (the tests cannot tell them apart), and less again
// for a patch that fixes its test but leaves others failing, or needed two edits.
export interface FoundPatch {
  kind: 'pass' | 'partial';
  /** Rank of its line, 0 = most suspicious. */
  rank: number;
  size: number;
  alternatives: number;
  pair: boolean;
}

// A confidence in [0.2, 0.95], to two decimals.
export function searchConfidence(found: FoundPatch): number {
  let confidence = 0.9;
  confidence -= Math.min(0.25, 0.04 * found.rank);
  confidence -= 0.05 * Math.max(0, found.size - 1);
  confidence -= Math.min(0.3, 0.08 * found.alternatives);
  if (found.kind === 'partial') confidence -= 0.1;
  if (found.pair) confidence -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.2, confidence)) * 100) / 100;
}
