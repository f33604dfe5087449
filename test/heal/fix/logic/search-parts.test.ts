import { describe, expect, it } from 'vitest';
import { byPreference, pairCandidate, singleCandidate, type Candidate } from '../../../../src/heal/fix/logic/candidate.ts';
import { searchConfidence } from '../../../../src/heal/fix/logic/confidence.ts';
import type { Mutant } from '../../../../src/heal/fix/logic/mutants.ts';
import { buildPairs } from '../../../../src/heal/fix/logic/pairs.ts';
import { searchWindow, type Verdict } from '../../../../src/heal/fix/logic/verdict.ts';

const SOURCE = 'x = a < b\ny = c + d\n';

function mutant(start: number, end: number, insert: string, size = 1): Mutant {
  const after = SOURCE.slice(0, start) + insert + SOURCE.slice(end);
  return { operator: 'op', start, end, insert, description: `to ${insert}`, size, file: 'm.py', line: 1, after };
}

const fail = (improved: boolean): Verdict => ({ kind: 'fail', improved, confirmed: false });

describe('candidates', () => {
  it('orders by size, then line rank, then generation order', () => {
    const a = singleCandidate(mutant(6, 7, '<='), 1, 0, SOURCE);
    const b = singleCandidate(mutant(16, 17, '-'), 0, 1, SOURCE);
    const c = singleCandidate(mutant(4, 9, 'b < a', 2), 0, 2, SOURCE);

    expect([c, a, b].sort(byPreference).map((x) => x.id)).toEqual(['m1', 'm0', 'm2']);
  });

  it('pairs two edits of one file into one text, and refuses overlapping ones', () => {
    const originals = new Map([['m.py', SOURCE]]);
    const a = singleCandidate(mutant(6, 7, '<='), 0, 0, SOURCE);
    const b = singleCandidate(mutant(16, 17, '-'), 1, 1, SOURCE);
    const overlapping = singleCandidate(mutant(4, 9, 'b < a', 2), 0, 2, SOURCE);

    const pair = pairCandidate(a, b, 3, originals);

    expect(pair?.edits).toEqual([{ file: 'm.py', before: SOURCE, after: 'x = a <= b\ny = c - d\n' }]);
    expect(pair).toMatchObject({ size: 2, group: 1, description: 'to <= and to -' });
    expect(pairCandidate(a, overlapping, 4, originals)).toBeNull();
  });

  it('pairs only edits that made fewer failing tests fail, with the top lines', () => {
    const originals = new Map([['m.py', SOURCE]]);
    const singles = [singleCandidate(mutant(6, 7, '<='), 0, 0, SOURCE), singleCandidate(mutant(16, 17, '-'), 1, 1, SOURCE), singleCandidate(mutant(16, 17, '*'), 5, 2, SOURCE)];
    const verdicts = new Map([['m0', fail(true)], ['m1', fail(false)], ['m2', fail(false)]]);

    const pairs = buildPairs(singles, verdicts, 10, originals);

    expect(pairs.map((p) => p.mutants.map((m) => m.insert))).toEqual([['<=', '-']]);
    expect(buildPairs(singles, new Map([['m0', fail(false)]]), 10, originals)).toEqual([]);
  });
});

describe('buildPairs order', () => {
  it('tries two edits that each helped before an edit that helped with one that did not', () => {
    const originals = new Map([['m.py', SOURCE]]);
    const singles = [singleCandidate(mutant(4, 5, 'c'), 0, 0, SOURCE), singleCandidate(mutant(6, 7, '<='), 0, 1, SOURCE), singleCandidate(mutant(16, 17, '-'), 1, 2, SOURCE)];
    const verdicts = new Map([['m0', fail(false)], ['m1', fail(true)], ['m2', fail(true)]]);

    const pairs = buildPairs(singles, verdicts, 10, originals);

    expect(pairs.map((p) => p.mutants.map((m) => m.insert))).toEqual([['<=', '-'], ['<=', 'c'], ['-', 'c']]);
  });
});

describe('searchWindow', () => {
  it('after the first pass, runs only its line alternatives and smaller edits just below', () => {
    const make = (group: number, size: number, order: number): Candidate => singleCandidate(mutant(6, 7, `<${order}`, size), group, order, SOURCE);
    const window = searchWindow({ alternatives: 1, lookahead: 1 });
    const first = make(0, 2, 0);

    window.record(first, { kind: 'pass', improved: true, confirmed: false });
    const wanted = [make(0, 2, 1), make(0, 2, 2), make(1, 1, 3), make(1, 2, 4), make(2, 1, 5)].map((c) => window.wanted(c));

    expect(wanted).toEqual([true, false, true, false, false]);
  });
});

describe('searchConfidence', () => {
  it('is highest for a one-token edit on the top line that nothing else matches', () => {
    const best = searchConfidence({ kind: 'pass', rank: 0, size: 1, alternatives: 0, pair: false });
    const lower = searchConfidence({ kind: 'pass', rank: 3, size: 1, alternatives: 0, pair: false });
    const ambiguous = searchConfidence({ kind: 'pass', rank: 0, size: 1, alternatives: 3, pair: false });
    const weakest = searchConfidence({ kind: 'partial', rank: 9, size: 4, alternatives: 9, pair: true });

    expect(best).toBe(0.9);
    expect(lower).toBeLessThan(best);
    expect(ambiguous).toBeLessThan(best);
    expect(weakest).toBe(0.2);
  });
});
