import { describe, expect, it } from 'vitest';
import { uniqueClosest } from '../../../../src/heal/fix/rule-first/ts-import-closest.ts';

describe('uniqueClosest', () => {
  it('picks the one candidate a typo away', () => {
    expect([uniqueClosest('formatDat', ['formatDate', 'parseDate', 'main']), uniqueClosest('./util.js', ['./utils.js', './index.js'])]).toEqual(['formatDate', './utils.js']);
  });

  it('declines a tie and anything farther than a typo', () => {
    expect([uniqueClosest('./utilx.js', ['./utils.js', './utilz.js']), uniqueClosest('abcdef', ['uvwxyz'])]).toEqual([null, null]);
  });
});
