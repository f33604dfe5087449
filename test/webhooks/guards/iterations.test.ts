import { describe, expect, it } from 'vitest';
import { iterationLimitError } from '../../../src/webhooks/guards/iterations.ts';

describe('iterationLimitError', () => {
  it('accepts 1 to 10 and no value at all', () => {
    expect([undefined, 1, 5, 10].map(iterationLimitError)).toEqual([null, null, null, null]);
  });

  it('refuses values outside the cap, naming the range', () => {
    expect(iterationLimitError(0)).toBe('--max-iterations must be between 1 and 10, not 0');
    expect(iterationLimitError(11)).toBe('--max-iterations must be between 1 and 10, not 11');
  });
});
