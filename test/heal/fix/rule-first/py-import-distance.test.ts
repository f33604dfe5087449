import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../../../src/heal/fix/edit-distance.ts';

describe('editDistance', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('jsno', 'json')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('utils', 'util')).toBe(1);
    expect(editDistance('formating', 'formatting')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearest', () => {
  it('returns every candidate at the smallest distance within the typo budget', () => {
    expect(nearest('data3', ['data1', 'data2', 'database'])).toEqual(['data1', 'data2']);
    expect(nearest('colections', ['collections', 'selections', 'os'])).toEqual(['collections']);
  });

  it('allows one typo below five characters and none for two-letter names', () => {
    expect(nearest('jsno', ['json', 'js'])).toEqual(['json']);
    expect(nearest('jsn', ['json', 'os'])).toEqual(['json']);
    expect(nearest('oz', ['os', 're'])).toEqual([]);
  });

  it('never returns the name itself', () => {
    expect(nearest('json', ['json'])).toEqual([]);
  });
});
